// PLANTED VIOLATION (FK008, and FK004 for its raw SQL; FK001 when run without FK008): Shipping opens Orders' DbContext from Shop.Orders.Infrastructure to read Orders' table instead of waiting for the OrderPlaced event.
using Microsoft.EntityFrameworkCore;

using Shop.Orders.Infrastructure;

namespace Shop.Shipping.Infrastructure;
#region shop-broken-pending-orders-reader
/// <summary>"It was quicker than waiting for the event": finds orders to ship straight in Orders' database.</summary>
internal sealed class PendingOrdersReader(string ordersConnectionString)
{
    public async Task<IReadOnlyList<Guid>> ReadPendingAsync(
        IReadOnlySet<Guid> alreadyRequested,
        CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<OrdersDbContext>().UseSqlite(ordersConnectionString).Options;
        await using var orders = new OrdersDbContext(options);   // Orders' DbContext
        var orderIds = await orders.Database
            .SqlQuery<Guid>($"SELECT Id AS Value FROM Orders")
            .ToListAsync(cancellationToken);
        return [.. orderIds.Where(orderId => !alreadyRequested.Contains(orderId))];
    }
}
#endregion
