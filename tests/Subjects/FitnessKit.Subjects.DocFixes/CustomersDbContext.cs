// FK006's fix, Customers' part: its default schema customers puts its outbox in customers.OutboxMessages.
using Microsoft.EntityFrameworkCore;

using Shop.SharedKernel;

namespace Shop.Customers.Infrastructure;

internal sealed class Customer
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

internal sealed class CustomersDbContext(DbContextOptions<CustomersDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("customers");
        modelBuilder.UseOutbox();
    }
}
