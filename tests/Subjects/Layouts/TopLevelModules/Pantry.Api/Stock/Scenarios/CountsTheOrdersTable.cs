using Dapper;
using Pantry.Api.Infrastructure;

namespace Pantry.Api.Stock.Application;

/// <summary>Planted FK004: Stock's dashboard sums the units ordered in Orders' table, orders.Orders, through Dapper.</summary>
internal sealed class OrderedUnits(SqliteConnections connections)
{
    public async Task<int> CountAsync(string sku)
    {
        using var connection = connections.Open();
        return await connection.ExecuteScalarAsync<int>("SELECT SUM(Quantity) FROM orders.Orders WHERE Sku = @sku", new { sku });
    }
}
