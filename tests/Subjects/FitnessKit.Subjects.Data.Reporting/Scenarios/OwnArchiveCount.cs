using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Compliant twin of <see cref="TicketCountThroughSupportFunction"/>: calls reporting.archived_count, a function that
/// Reporting's own script creates (Database/0007_create_archived_count_function.sql), inside the select list.
/// </summary>
internal sealed class OwnArchiveCount(NpgsqlConnection connection)
{
    public long ArchivedCount(int runId) =>
        connection.ExecuteScalar<long>("SELECT reporting.archived_count(@runId) AS archived", new { runId });
}
