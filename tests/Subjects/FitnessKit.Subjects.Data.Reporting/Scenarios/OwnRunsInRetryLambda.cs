using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>Twin of SqlInRetryLambda: the same captured local in a retry lambda, Reporting's own "ReportRuns".</summary>
internal sealed class OwnRunsInRetryLambda
{
    public Task<int> ForgetRun(NpgsqlConnection connection, int runId)
    {
        var sql = $"DELETE FROM reporting.\"ReportRuns\" WHERE \"Id\" = {runId}";
        return Retry(() => connection.ExecuteAsync(sql));
    }

    private static async Task<T> Retry<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (NpgsqlException)
        {
            return await action();
        }
    }
}
