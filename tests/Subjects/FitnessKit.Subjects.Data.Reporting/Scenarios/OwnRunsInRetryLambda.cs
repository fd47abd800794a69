using Dapper;

using FitnessKit.Subjects.Data.SqlKit;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>Twin of SqlInRetryLambda: the same captured local in a retry lambda, Reporting's own "ReportRuns".</summary>
internal sealed class OwnRunsInRetryLambda
{
    public Task<int> ForgetRun(NpgsqlConnection connection, int runId)
    {
        var sql = $"DELETE FROM reporting.\"ReportRuns\" WHERE \"Id\" = {runId}";
        return Retry.Run(() => connection.ExecuteAsync(sql));
    }
}
