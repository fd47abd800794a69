using Acme.Shop.BuildingBlocks.Infrastructure;
using Acme.Shop.Modules.Orders.Domain;
using Acme.Shop.Modules.Orders.IntegrationEvents;

namespace Acme.Shop.Modules.Orders.Application;

public sealed class PlaceOrderHandler(IEventBus bus)
{
    public async Task<Guid> HandleAsync(decimal total)
    {
        var order = Order.Place(total);
        await bus.PublishAsync(new OrderPlacedIntegrationEvent(order.Id, order.Total));
        return order.Id;
    }
}
