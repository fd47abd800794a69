using Microsoft.EntityFrameworkCore;

namespace Store.Orders.Domain;

/// <summary>Compliant: Orders' DbContext is internal.</summary>
internal sealed class OrdersDbContext : DbContext
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<OrderRow>().ToTable("orders", "orders");
}

internal sealed class OrderRow
{
    public Guid Id { get; set; }
}
