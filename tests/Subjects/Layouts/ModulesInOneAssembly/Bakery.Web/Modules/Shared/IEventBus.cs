namespace Bakery.Web.Modules.Shared;

public interface IEventBus
{
    Task PublishAsync(IIntegrationEvent integrationEvent);
}
