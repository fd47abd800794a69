namespace Pantry.Api.Common;

public interface IEventBus
{
    Task PublishAsync(IIntegrationEvent integrationEvent);
}
