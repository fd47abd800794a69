using Npgsql;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: the worker deletes rows of report_archive (unqualified: PostgreSQL's default schema, public), a table that
/// only Reporting's embedded migration script creates. No DbContext maps it; the script's CREATE TABLE makes it
/// Reporting's, so the worker writes another context's table.
/// </summary>
internal sealed class ArchivedReportsPurge(NpgsqlDataSource dataSource)
{
    public async Task<int> PurgeAsync(DateTime before)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM report_archive WHERE stored_at < $1");
        command.Parameters.AddWithValue(before);
        return await command.ExecuteNonQueryAsync();
    }
}
