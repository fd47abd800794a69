using Microsoft.EntityFrameworkCore;
using Pantry.Api.Orders.Domain;

namespace Pantry.Api.Orders.Data;

/// <summary>Orders' own DbContext, in Orders' folder: what tells the folder is a module.</summary>
internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema("orders");
}
