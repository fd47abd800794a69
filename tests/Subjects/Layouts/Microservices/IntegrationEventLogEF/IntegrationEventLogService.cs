using EventBus;

namespace IntegrationEventLogEF;

public sealed class IntegrationEventLogService
{
    private readonly List<Guid> _pending = [];

    public void SaveEvent(IntegrationEvent integrationEvent) => _pending.Add(integrationEvent.Id);
}
