using Dapper;

namespace Acme.Shop.BuildingBlocks.Infrastructure;

/// <summary>The query helper the modules' read sides call: the SQL is theirs, Dapper is only referenced here.</summary>
public static class SqlQueries
{
    public static async Task<IReadOnlyList<T>> QueryAsync<T>(this ISqlConnectionFactory connections, string sql, object? parameters = null)
    {
        using var connection = connections.GetOpenConnection();
        var rows = await connection.QueryAsync<T>(sql, parameters);
        return rows.ToList();
    }
}
