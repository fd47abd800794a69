using FitnessKit.Subjects.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Support;

/// <summary>Support's DbContext: the same table names as Sales in another schema (twins), and the audit log in ops (shared).</summary>
internal sealed class SupportDbContext : DbContext
{
    /// <summary>support.Customers: the same name as sales.Customers, a different table.</summary>
    public DbSet<Customer> Customers { get; set; }

    public DbSet<Ticket> Tickets { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql("Host=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("support");
        modelBuilder.Entity<Ticket>(ticket => ticket.ToTable("Tickets"));
        modelBuilder.UseOutboxTables();
        modelBuilder.UseSharedAuditLog();
        modelBuilder.UseInbox("support_inbox");
    }
}
