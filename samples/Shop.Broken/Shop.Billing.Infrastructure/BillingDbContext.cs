// PLANTED VIOLATION (FK002): Billing maps the shared Shop.SharedEntities.Customer entity, which Shipping's DbContext maps too.
// PLANTED VIOLATION (FK006): Billing maps the shared kernel's outbox table OutboxMessages, which Customers' DbContext maps too (see Shop.SharedKernel/OutboxModelBuilderExtensions.cs).
using Microsoft.EntityFrameworkCore;

using Shop.SharedEntities;
using Shop.SharedKernel;

namespace Shop.Billing.Infrastructure;
#region shop-broken-billing-dbcontext
internal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
{
    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<Customer> Customers => Set<Customer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new InvoiceConfiguration());
        modelBuilder.UseOutbox();
    }
}
#endregion
