// FK006's fix, Billing's part: its default schema billing puts its outbox in billing.OutboxMessages.
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

using Shop.SharedKernel;

namespace Shop.Billing.Infrastructure;

internal sealed class Invoice
{
    public Guid Id { get; set; }

    public decimal Amount { get; set; }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder) => builder.ToTable("Invoices");
}

#region docfix-fk006-billing-dbcontext
internal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
{
    public DbSet<Invoice> Invoices => Set<Invoice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("billing");
        modelBuilder.ApplyConfiguration(new InvoiceConfiguration());
        modelBuilder.UseOutbox();
    }
}
#endregion
