using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>
/// Runs a statement up to three times. Its <c>sql</c> parameter is captured by a lambda (a field of a closure class),
/// and Dapper receives it inside that lambda.
/// </summary>
public sealed class RetryingSqlRunner(NpgsqlConnection connection) : ISqlRunner
{
    public Task<int> ExecuteAsync(string sql) => Retry(() => connection.ExecuteAsync(sql));

    private static async Task<T> Retry<T>(Func<Task<T>> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (NpgsqlException) when (attempt < 3)
            {
                await Task.Delay(100 * attempt);
            }
        }
    }
}
