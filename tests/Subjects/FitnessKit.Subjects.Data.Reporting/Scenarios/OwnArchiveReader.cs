using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Compliant: reads public.report_archive, a table no DbContext maps, in a schema no context owns. Reporting's own
/// embedded script creates it (Database/0003_create_report_archive.sql), which makes it Reporting's table.
/// </summary>
internal sealed class OwnArchiveReader(NpgsqlConnection connection)
{
    public IEnumerable<long> ArchivedRuns(int runId) =>
        connection.Query<long>("SELECT id FROM public.report_archive WHERE run_id = @runId", new { runId });
}
