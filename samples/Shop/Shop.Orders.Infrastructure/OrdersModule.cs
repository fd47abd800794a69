using Microsoft.EntityFrameworkCore;

using Shop.Customers.Contracts;
using Shop.SharedKernel;

namespace Shop.Orders.Infrastructure;

/// <summary>The one public way into the Orders context: its own SQLite database, wired to the bus.</summary>
public static class OrdersModule
{
    public static IOrderService Create(IEventBus bus, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(bus);
        var options = new DbContextOptionsBuilder<OrdersDbContext>().UseSqlite(connectionString).Options;
        using (var db = new OrdersDbContext(options))
        {
            db.Database.EnsureCreated();
        }

        var service = new OrderService(new OrderRepository(options), bus, PricingPolicy.Standard, TimeProvider.System);
        bus.Subscribe<CustomerRegistered>(service.RememberCustomerAsync);
        return service;
    }
}
