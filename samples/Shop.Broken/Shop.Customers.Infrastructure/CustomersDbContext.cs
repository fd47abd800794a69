// PLANTED VIOLATION (FK006): Customers maps the shared kernel's outbox table OutboxMessages, which Billing's DbContext maps too (see Shop.SharedKernel/OutboxModelBuilderExtensions.cs).
using Microsoft.EntityFrameworkCore;

using Shop.SharedKernel;

namespace Shop.Customers.Infrastructure;

internal sealed class CustomersDbContext(DbContextOptions<CustomersDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new CustomerConfiguration());
        modelBuilder.UseOutbox();
    }
}
