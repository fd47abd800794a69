using Dapper;
using Pantry.Api.Infrastructure;

namespace Pantry.Api.Stock.Application;

/// <summary>Compliant: Stock's dashboard counts its own reservations, in its own table stock.Reservations.</summary>
internal sealed class ReservedUnits(SqliteConnections connections)
{
    public async Task<int> CountAsync(string sku)
    {
        using var connection = connections.Open();
        return await connection.ExecuteScalarAsync<int>("SELECT SUM(Quantity) FROM stock.Reservations WHERE Sku = @sku", new { sku });
    }
}
