using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Sales' quotes."Quotes". The SQL is a static readonly field, assigned in the static constructor and
/// loaded (ldsfld) where the query runs.
/// </summary>
internal sealed class StaticReadonlyFieldSql
{
    private static readonly string Sql = "SELECT \"Id\" FROM quotes.\"Quotes\" WHERE \"ExpiresAt\" < now()";

    public IReadOnlyList<Guid> ExpiredQuoteIds(NpgsqlConnection connection)
    {
        connection.Open();
        return connection.Query<Guid>(Sql).ToList();
    }
}
