using Basket.Domain;
using IntegrationEventLogEF;
using Ordering.API.IntegrationEvents.Events;

namespace Basket.API.IntegrationEvents.EventHandling;

/// <summary>Compliant: Basket empties the buyer's basket when Ordering's integration event (its contract) arrives.</summary>
public sealed class OrderStartedIntegrationEventHandler(IntegrationEventLogService log)
{
    public void Handle(OrderStartedIntegrationEvent started, CustomerBasket basket)
    {
        log.SaveEvent(started);
        basket.Items.Clear();
    }
}
