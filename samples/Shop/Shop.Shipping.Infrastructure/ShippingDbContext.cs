using Microsoft.EntityFrameworkCore;

namespace Shop.Shipping.Infrastructure;

internal sealed class ShippingDbContext(DbContextOptions<ShippingDbContext> options) : DbContext(options)
{
    public DbSet<ShipmentRequest> ShipmentRequests => Set<ShipmentRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ShipmentRequestConfiguration());
    }
}
