namespace FitnessKit.Subjects.Services.EventBus;

/// <summary>Publishes integration events.</summary>
public interface IEventBus
{
    /// <summary>Publishes an event.</summary>
    Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken = default);
}
