using Acme.BookStore.Ordering.Orders;
using Microsoft.EntityFrameworkCore;

namespace Acme.BookStore.Ordering.EntityFrameworkCore;

/// <summary>The module's own DbContext, which its repositories use at run time.</summary>
public class OrderingDbContext(DbContextOptions<OrderingDbContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureOrdering();
    }
}
