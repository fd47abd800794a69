using Microsoft.EntityFrameworkCore;

namespace Acme.Shop.Modules.Orders.Infrastructure;

/// <summary>Planted FK003: the module's DbContext is public, so any module could open the orders tables.</summary>
public sealed class OrdersDbContext : DbContext
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<OrderRow>().ToTable("orders", "orders");
}
