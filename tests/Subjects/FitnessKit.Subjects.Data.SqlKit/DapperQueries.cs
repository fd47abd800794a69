using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>
/// A base class for query objects: an async method that opens a connection and hands its <c>sql</c> parameter to Dapper.
/// The parameter reaches Dapper through the async state machine's field.
/// </summary>
public abstract class DapperQueries(string connectionString)
{
    protected async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        var rows = await connection.QueryAsync<T>(sql, parameters);
        return rows.ToList();
    }
}
