using FitnessKit.Subjects.Data.SqlKit;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: deletes Sales' "OrderLines" through SqlKit's static helper. The SQL is a literal and an int joined by
/// <c>+</c>; the literal alone ends in <c>=</c> and does not parse.
/// </summary>
internal static class SqlThroughStaticHelper
{
    public static int PurgeLines(NpgsqlConnection connection, int orderId) =>
        SqlCommands.Execute(connection, "DELETE FROM sales.\"OrderLines\" WHERE \"OrderId\" = " + orderId);
}
