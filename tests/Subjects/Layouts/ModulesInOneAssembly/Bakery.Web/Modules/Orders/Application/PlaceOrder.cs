using Bakery.Web.Modules.Orders.Contracts;
using Bakery.Web.Modules.Orders.Domain;
using Bakery.Web.Modules.Orders.Persistence;
using Bakery.Web.Modules.Shared;

namespace Bakery.Web.Modules.Orders.Application;

internal sealed class PlaceOrder(OrdersDbContext orders, IEventBus bus)
{
    public async Task HandleAsync(string product, int quantity, DateTime pickUpAt)
    {
        var order = new Order { Id = Guid.NewGuid(), Product = product, Quantity = quantity, PickUpAt = pickUpAt };
        orders.Orders.Add(order);
        await orders.SaveChangesAsync();
        await bus.PublishAsync(new OrderPlaced(Guid.NewGuid(), order.Id, product, quantity, pickUpAt));
    }
}
