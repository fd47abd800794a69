namespace Acme.Shop.BuildingBlocks.Infrastructure;

public interface IEventBus
{
    Task PublishAsync<TEvent>(TEvent integrationEvent) where TEvent : class;
}
