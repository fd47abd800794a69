using Dapper;

using FitnessKit.Subjects.Data.SqlKit;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Support's tickets, the table named by a static readonly field of the shared library, interpolated
/// into the SQL in this assembly.
/// </summary>
internal sealed class TableNamesFromSharedLibrary
{
    public int OpenTickets(NpgsqlConnection connection) =>
        connection.ExecuteScalar<int>($"SELECT COUNT(*) FROM {TableNames.SupportTickets} WHERE \"ClosedAt\" IS NULL");
}
