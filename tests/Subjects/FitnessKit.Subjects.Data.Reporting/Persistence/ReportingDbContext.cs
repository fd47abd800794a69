using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Reporting.Persistence;

/// <summary>
/// Reporting's own EF Core model: the schema "reporting" and the table "ReportRuns" in it. The SQL-only table
/// reporting.daily_sales (Scripts/0001_create_daily_sales.sql) is in the schema but not in the model. Three keyless
/// entities have no table: two are mapped to SQL queries (one over Sales' "Orders", planted), one to a function.
/// </summary>
internal sealed class ReportingDbContext : DbContext
{
    public DbSet<ReportRun> ReportRuns => Set<ReportRun>();

    public DbSet<OrderVolume> OrderVolumes => Set<OrderVolume>();

    public DbSet<RunTotal> RunTotals => Set<RunTotal>();

    public DbSet<RunsOfDay> RunsOfDays => Set<RunsOfDay>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseNpgsql("Host=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("reporting");
        modelBuilder.Entity<OrderVolume>().HasNoKey()
            .ToSqlQuery("SELECT o.\"CustomerId\", count(*) AS \"Orders\" FROM sales.\"Orders\" o GROUP BY o.\"CustomerId\"");
        modelBuilder.Entity<RunTotal>().HasNoKey()
            .ToSqlQuery("SELECT r.\"Name\", count(*) AS \"Runs\" FROM reporting.\"ReportRuns\" r GROUP BY r.\"Name\"");
        modelBuilder.Entity<RunsOfDay>().HasNoKey().ToFunction("runs_of_day");
    }
}
