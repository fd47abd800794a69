using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Reporting.Persistence;

/// <summary>
/// Reporting's own EF Core model: the schema "reporting" and the table "ReportRuns" in it. The SQL-only table
/// reporting.daily_sales (Scripts/0001_create_daily_sales.sql) is in the schema but not in the model.
/// </summary>
internal sealed class ReportingDbContext : DbContext
{
    public DbSet<ReportRun> ReportRuns => Set<ReportRun>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseNpgsql("Host=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema("reporting");
}
