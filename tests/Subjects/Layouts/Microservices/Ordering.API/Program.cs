using EventBusRabbitMQ;
using IntegrationEventLogEF;
using Shop.ServiceDefaults;
using Ordering.API.IntegrationEvents;
using Ordering.API.IntegrationEvents.Events;
using Ordering.Domain.AggregatesModel;
using Ordering.Infrastructure;

namespace Ordering.API;

public static class Program
{
    public static async Task Main()
    {
        using var context = new OrderingContext();
        var order = new Order { BuyerId = "alice" };
        await new OrderingIntegrationEventService(new RabbitMQEventBus(), new IntegrationEventLogService()).PublishAsync(new OrderStartedIntegrationEvent(order.BuyerId));
        Console.WriteLine(HostingDefaults.Describe(nameof(Ordering)));
    }
}
