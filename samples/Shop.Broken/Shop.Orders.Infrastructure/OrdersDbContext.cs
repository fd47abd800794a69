// PLANTED VIOLATION (FK003): Orders' DbContext is public, so any assembly that references Shop.Orders.Infrastructure can open Orders' database (PendingOrdersReader in Shipping does).
using Microsoft.EntityFrameworkCore;

namespace Shop.Orders.Infrastructure;
#region shop-broken-orders-dbcontext
public sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    internal DbSet<Order> Orders => Set<Order>();

    internal DbSet<KnownCustomer> KnownCustomers => Set<KnownCustomer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OrderConfiguration());
        modelBuilder.ApplyConfiguration(new KnownCustomerConfiguration());
    }
}
#endregion
