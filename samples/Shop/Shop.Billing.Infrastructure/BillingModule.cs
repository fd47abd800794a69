using Microsoft.EntityFrameworkCore;

using Shop.Orders.Contracts;
using Shop.SharedKernel;

namespace Shop.Billing.Infrastructure;

/// <summary>The one public way into the Billing context: its own SQLite database, wired to the bus.</summary>
public static class BillingModule
{
    public static IBillingService Create(IEventBus bus, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(bus);
        var options = new DbContextOptionsBuilder<BillingDbContext>().UseSqlite(connectionString).Options;
        using (var db = new BillingDbContext(options))
        {
            db.Database.EnsureCreated();
        }

        var service = new BillingService(new InvoiceRepository(options), bus, TimeProvider.System);
        bus.Subscribe<OrderPlaced>(service.IssueInvoiceAsync);
        return service;
    }
}
