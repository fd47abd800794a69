using EventBus;

namespace EventBusRabbitMQ;

public sealed class RabbitMQEventBus : IEventBus
{
    public Task PublishAsync(IntegrationEvent integrationEvent) => Task.CompletedTask;
}
