using Acme.Shop.BuildingBlocks.Infrastructure;
using Acme.Shop.Modules.Orders.IntegrationEvents;
using Acme.Shop.Modules.Payments.IntegrationEvents;

namespace Acme.Shop.Modules.Payments.Application;

/// <summary>Compliant: Payments learns of an order from Orders' integration event, its contract.</summary>
public sealed class OrderPlacedHandler(IEventBus bus)
{
    public Task HandleAsync(OrderPlacedIntegrationEvent placed) =>
        bus.PublishAsync(new PaymentCapturedIntegrationEvent(placed.OrderId));
}
