using Acme.Shop.BuildingBlocks.Infrastructure;

namespace Acme.Shop.Modules.Payments.Application;

/// <summary>
/// Planted FK004: Payments' read side queries Orders' table, orders.orders, through the building blocks' query helper,
/// with the order's id pasted in by interpolation.
/// </summary>
public sealed class OrderTotalLookup(ISqlConnectionFactory connections)
{
    public async Task<decimal> TotalOfAsync(Guid orderId)
    {
        var totals = await connections.QueryAsync<decimal>($"SELECT [Total] FROM [orders].[orders] WHERE [Id] = '{orderId}'");
        return totals.Single();
    }
}
