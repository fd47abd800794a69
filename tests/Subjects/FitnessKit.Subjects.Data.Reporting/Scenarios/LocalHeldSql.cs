using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: writes Sales' "Orders". The SQL sits in a local several statements (a guard, a transaction) before Dapper's
/// Execute receives it, with an anonymous parameter object.
/// </summary>
internal sealed class LocalHeldSql
{
    public int MarkOrder(NpgsqlConnection connection, Guid id, string status)
    {
        var sql = "UPDATE sales.\"Orders\" SET \"Status\" = @status WHERE \"Id\" = @id";
        if (string.IsNullOrWhiteSpace(status))
        {
            throw new ArgumentException("A status is required.", nameof(status));
        }

        connection.Open();
        using var transaction = connection.BeginTransaction();
        var affected = connection.Execute(sql, new { status, id }, transaction);
        transaction.Commit();
        return affected;
    }
}
