using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Compliant twin of <see cref="CrossContextJoinInterpolated"/>: reads reporting.daily_sales, a SQL-only table in
/// Reporting's own schema (Scripts/0001_create_daily_sales.sql), which the EF model does not map. Unquoted names, a
/// literal passed straight to Dapper, a connection created from a connection string.
/// </summary>
internal sealed class OwnSchemaProjection(string connectionString)
{
    public IReadOnlyList<(DateTime Day, decimal Total)> DailySales()
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection.Query<(DateTime Day, decimal Total)>("SELECT day, total FROM reporting.daily_sales ORDER BY day").ToList();
    }
}
