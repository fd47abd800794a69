using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Ledger;

/// <summary>Ledger's DbContext: two temporal tables, one with EF Core's history table, one with a history table of its own naming.</summary>
internal sealed class LedgerDbContext : DbContext
{
    public DbSet<Account> Accounts { get; set; }

    public DbSet<Posting> Postings { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlServer("Server=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("ops");
        modelBuilder.Entity<Account>().ToTable("Accounts", table => table.IsTemporal());
        modelBuilder.Entity<Posting>().ToTable(table => table.IsTemporal(temporal => temporal.UseHistoryTable("PostingsAudit", "audit")));
    }
}
