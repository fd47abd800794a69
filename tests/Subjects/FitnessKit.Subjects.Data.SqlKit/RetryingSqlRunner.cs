using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>
/// Runs a statement with the shared retry policy. Its <c>sql</c> parameter is captured by a lambda (a field of a
/// closure class), and Dapper receives it inside that lambda.
/// </summary>
public sealed class RetryingSqlRunner(NpgsqlConnection connection) : ISqlRunner
{
    public Task<int> ExecuteAsync(string sql) => Retry.Run(() => connection.ExecuteAsync(sql));
}
