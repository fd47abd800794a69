using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Reporting.Persistence;

/// <summary>
/// Reporting's own EF Core model: the schema "reporting" and the table "ReportRuns" in it. The SQL-only table
/// reporting.daily_sales (Scripts/0001_create_daily_sales.sql) is in the schema but not in the model. Three keyless
/// entities have no table: two are mapped to SQL queries (one over Sales' "Orders", planted), one to a function. Two
/// scalar functions are mapped for LINQ: Support's open_ticket_count with HasDbFunction (planted), Reporting's own
/// archived_count with [DbFunction].
/// </summary>
internal sealed class ReportingDbContext : DbContext
{
    public DbSet<ReportRun> ReportRuns => Set<ReportRun>();

    public DbSet<OrderVolume> OrderVolumes => Set<OrderVolume>();

    public DbSet<RunTotal> RunTotals => Set<RunTotal>();

    public DbSet<RunsOfDay> RunsOfDays => Set<RunsOfDay>();

    /// <summary>Support's function, which OnModelCreating maps for LINQ: Reporting's queries call it.</summary>
    public static int OpenTicketCount(int customerId) => throw new NotSupportedException(nameof(OpenTicketCount) + " " + customerId);

    /// <summary>Reporting's own function over its archive (Database/0007), mapped by the attribute.</summary>
    [DbFunction("archived_count", "reporting")]
    public static long ArchivedCount(int run) => throw new NotSupportedException(nameof(ArchivedCount) + " " + run);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseNpgsql("Host=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("reporting");
        modelBuilder.Entity<OrderVolume>().HasNoKey()
            .ToSqlQuery("SELECT o.\"CustomerId\", count(*) AS \"Orders\" FROM sales.\"Orders\" o GROUP BY o.\"CustomerId\"");
        modelBuilder.Entity<RunTotal>().HasNoKey()
            .ToSqlQuery("SELECT r.\"Name\", count(*) AS \"Runs\" FROM reporting.\"ReportRuns\" r GROUP BY r.\"Name\"");
        modelBuilder.Entity<RunsOfDay>().HasNoKey().ToFunction("runs_of_day");
        modelBuilder.HasDbFunction(typeof(ReportingDbContext).GetMethod(nameof(OpenTicketCount), [typeof(int)])!)
            .HasName("open_ticket_count")
            .HasSchema("support");
    }
}
