using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Ledger;

/// <summary>
/// Ledger's DbContext: two temporal tables, one with EF Core's history table, one with a history table of its own
/// naming; and Ledger's own balance function (Ledger.Database's 0006), mapped for LINQ with a lambda that calls it.
/// </summary>
internal sealed class LedgerDbContext : DbContext
{
    public DbSet<Account> Accounts { get; set; }

    public DbSet<Posting> Postings { get; set; }

    /// <summary>ops.ufn_BalanceOf, named by HasDbFunction's lambda in OnModelCreating; the schema is the model's default.</summary>
    public static decimal BalanceOf(int id) => throw new NotSupportedException(nameof(BalanceOf) + " " + id);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlServer("Server=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("ops");
        modelBuilder.Entity<Account>().ToTable("Accounts", table => table.IsTemporal());
        modelBuilder.Entity<Posting>().ToTable(table => table.IsTemporal(temporal => temporal.UseHistoryTable("PostingsAudit", "audit")));
        modelBuilder.HasDbFunction(() => BalanceOf(default)).HasName("ufn_BalanceOf");
        modelBuilder.ApplyConfiguration(new JournalConfiguration("ledger_journal"));
        modelBuilder.ApplyConfiguration(new PeriodConfiguration(Environment.GetEnvironmentVariable("LEDGER_PERIOD_SCHEMA")));
    }
}
