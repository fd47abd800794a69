using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: one statement reads two other contexts' tables, Sales' "Orders" and Support's "Tickets". The SQL is an
/// interpolated string with an int hole, which the compiler lowers to a DefaultInterpolatedStringHandler
/// (AppendLiteral, AppendFormatted&lt;int&gt;, ToStringAndClear), held in a local, inside an async state machine.
/// </summary>
internal sealed class CrossContextJoinInterpolated
{
    public async Task<IReadOnlyList<(int OrderId, string Subject)>> TicketsOfOrderAsync(NpgsqlConnection connection, int orderId)
    {
        await connection.OpenAsync();
        var sql = $"SELECT o.\"Id\", t.\"Subject\" FROM sales.\"Orders\" o JOIN support.\"Tickets\" t ON t.\"OrderId\" = o.\"Id\" WHERE o.\"Id\" = {orderId}";
        var rows = await connection.QueryAsync<(int OrderId, string Subject)>(sql);
        return rows.ToList();
    }
}
