using EventBusRabbitMQ;
using Shop.ServiceDefaults;

namespace Basket.API;

public static class Program
{
    public static void Main() => Console.WriteLine($"{HostingDefaults.Describe(nameof(Basket))} on {typeof(RabbitMQEventBus).Name}");
}
