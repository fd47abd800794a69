using Bakery.Web.Modules.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bakery.Web.Modules.Orders.Persistence;

internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema(OrdersModule.Schema);
}
