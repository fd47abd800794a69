namespace EventBus;

public abstract record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.NewGuid();
}
