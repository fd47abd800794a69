using Microsoft.EntityFrameworkCore;

namespace Shop.Orders.Infrastructure;

internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<KnownCustomer> KnownCustomers => Set<KnownCustomer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OrderConfiguration());
        modelBuilder.ApplyConfiguration(new KnownCustomerConfiguration());
    }
}
