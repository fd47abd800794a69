namespace Acme.Shop.Modules.Orders.Infrastructure;

public static class OrdersModule
{
    public static string Schema => "orders";
}
