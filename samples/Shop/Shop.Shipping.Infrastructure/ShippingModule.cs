using Microsoft.EntityFrameworkCore;

using Shop.Orders.Contracts;
using Shop.SharedKernel;

namespace Shop.Shipping.Infrastructure;

/// <summary>The one public way into the Shipping context: its own SQLite database, wired to the bus.</summary>
public static class ShippingModule
{
    public static IShippingService Create(IEventBus bus, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(bus);
        var options = new DbContextOptionsBuilder<ShippingDbContext>().UseSqlite(connectionString).Options;
        using (var db = new ShippingDbContext(options))
        {
            db.Database.EnsureCreated();
        }

        var service = new ShippingService(new ShipmentRequestRepository(options), TimeProvider.System);
        bus.Subscribe<OrderPlaced>(service.RequestShipmentAsync);
        return service;
    }
}
