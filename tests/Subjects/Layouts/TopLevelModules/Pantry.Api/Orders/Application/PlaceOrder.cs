using Pantry.Api.Common;
using Pantry.Api.Orders.Contracts;
using Pantry.Api.Orders.Data;
using Pantry.Api.Orders.Domain;

namespace Pantry.Api.Orders.Application;

internal sealed class PlaceOrder(OrdersDbContext orders, IEventBus bus)
{
    public async Task HandleAsync(string sku, int quantity)
    {
        var order = new Order { Id = Guid.NewGuid(), Sku = sku, Quantity = quantity };
        orders.Orders.Add(order);
        await orders.SaveChangesAsync();
        await bus.PublishAsync(new OrderPlaced(Guid.NewGuid(), order.Id, sku, quantity));
    }
}
