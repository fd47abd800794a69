using Microsoft.EntityFrameworkCore;

using Shop.SharedKernel;

namespace Shop.Customers.Infrastructure;

/// <summary>The one public way into the Customers context: its own SQLite database, wired to the bus.</summary>
public static class CustomersModule
{
    public static ICustomerService Create(IEventBus bus, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(bus);
        var options = new DbContextOptionsBuilder<CustomersDbContext>().UseSqlite(connectionString).Options;
        using (var db = new CustomersDbContext(options))
        {
            db.Database.EnsureCreated();
        }

        return new CustomerService(new CustomerRepository(options), bus, TimeProvider.System);
    }
}
