using FitnessKit.Subjects.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Sales;

/// <summary>Sales' DbContext: every table it maps lands in the "sales" schema unless a mapping names another one.</summary>
internal sealed class SalesDbContext : DbContext
{
    /// <summary>No ToTable anywhere: the table is named after this property, sales.Customers.</summary>
    public DbSet<Customer> Customers { get; set; }

    /// <summary>With <see cref="Tags"/>: a many-to-many found by convention from the two skip navigations, with a join table EF names itself.</summary>
    public DbSet<Product> Products { get; set; }

    public DbSet<Tag> Tags { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql("Host=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("sales");

        // OrderConfiguration: found by scanning this assembly.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SalesDbContext).Assembly);

        // CustomerNoteConfiguration: applied by hand only (the scan skips it: it has no parameterless constructor).
        modelBuilder.ApplyConfiguration(new CustomerNoteConfiguration(maxTextLength: 2000));

        // Quote: its [Table] attribute names the table and the schema.
        modelBuilder.Entity<Quote>();

        modelBuilder.Entity<SalesSummary>(summary =>
        {
            summary.HasNoKey();
            summary.ToView("SalesSummaryView");
        });

        MapBilling(modelBuilder);

        modelBuilder.UseOutboxTables();
        modelBuilder.UseSharedAuditLog();
        modelBuilder.UseInbox("sales_inbox");
    }

    /// <summary>A mapping one call away from OnModelCreating, in another schema.</summary>
    private static void MapBilling(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Invoice>(invoice => invoice.ToTable("Invoices", "billing"));
}
