using Bakery.Web.Infrastructure;
using Bakery.Web.Modules.Kitchen;
using Bakery.Web.Modules.Orders;

namespace Bakery.Web;

public static class Program
{
    public static void Main()
    {
        var connections = new SqliteConnections("Data Source=bakery.db");
        Console.WriteLine($"modules: {OrdersModule.Schema} and {KitchenModule.Schema} over {connections.ConnectionString}");
    }
}
