using Acme.Shop.Modules.Orders.Infrastructure;
using Acme.Shop.Modules.Payments.Infrastructure;

namespace Acme.Shop.API;

public static class Program
{
    public static void Main() => Console.WriteLine($"modules: {OrdersModule.Schema}, {PaymentsModule.Schema}");
}
