// PLANTED VIOLATION (FK002): Shipping maps the shared Shop.SharedEntities.Customer entity, which Billing's DbContext maps too.
using Microsoft.EntityFrameworkCore;

using Shop.SharedEntities;

namespace Shop.Shipping.Infrastructure;

internal sealed class ShippingDbContext(DbContextOptions<ShippingDbContext> options) : DbContext(options)
{
    public DbSet<ShipmentRequest> ShipmentRequests => Set<ShipmentRequest>();

    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new ShipmentRequestConfiguration());
    }
}
