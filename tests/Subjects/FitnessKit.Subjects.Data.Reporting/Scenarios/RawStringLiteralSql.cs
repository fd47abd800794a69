using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Support's "Tickets" and Sales' "Customers". A multi-line C# 11 raw string literal with a common table
/// expression: "recent" is a CTE, not a table, and c is an alias.
/// </summary>
internal sealed class RawStringLiteralSql
{
    public async Task<IReadOnlyList<(Guid TicketId, string CustomerName)>> RecentTicketsAsync(NpgsqlConnection connection, DateTime since)
    {
        var sql = """
            WITH recent AS (
                SELECT "Id", "CustomerId"
                FROM support."Tickets"
                WHERE "OpenedAt" >= @since
            )
            SELECT recent."Id", c."Name"
            FROM recent
            JOIN sales."Customers" c ON c."Id" = recent."CustomerId"
            ORDER BY recent."Id"
            """;
        await connection.OpenAsync();
        var rows = await connection.QueryAsync<(Guid TicketId, string CustomerName)>(sql, new { since });
        return rows.ToList();
    }
}
