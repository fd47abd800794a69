namespace Bakery.Web.Modules.Orders;

public static class OrdersModule
{
    public static string Schema => "orders";
}
