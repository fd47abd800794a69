using EventBus;
using IntegrationEventLogEF;

namespace Ordering.API.IntegrationEvents;

/// <summary>Implementation beside the events: in namespace IntegrationEvents, but not a contract (the events are one level down).</summary>
public sealed class OrderingIntegrationEventService(IEventBus bus, IntegrationEventLogService log)
{
    public Task PublishAsync(IntegrationEvent integrationEvent)
    {
        log.SaveEvent(integrationEvent);
        return bus.PublishAsync(integrationEvent);
    }
}
