using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Rules.Billing.CompliantPersistence;

/// <summary>Billing's own DbContext, internal, mapping only Billing's own entity.</summary>
internal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
{
    public DbSet<Invoice> Invoices => Set<Invoice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyConfiguration(new InvoiceConfiguration());
}

/// <summary>Billing's entity, internal.</summary>
internal sealed class Invoice
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public decimal Amount { get; set; }
}

/// <summary>Its configuration, internal.</summary>
internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder) => builder.HasKey(invoice => invoice.Id);
}

/// <summary>Its repository implementation, internal.</summary>
internal sealed class InvoiceRepository(BillingDbContext db)
{
    public void Add(Invoice invoice) => db.Invoices.Add(invoice);

    public Invoice? Find(Guid id) => db.Invoices.Find(id);
}
