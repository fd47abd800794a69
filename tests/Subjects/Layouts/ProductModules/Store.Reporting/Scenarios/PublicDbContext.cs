using Microsoft.EntityFrameworkCore;

namespace Store.Reporting;

/// <summary>Planted FK003: Reporting's DbContext is public.</summary>
public sealed class ReportingDbContext : DbContext
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DailySales>().ToTable("daily_sales", "reporting");
}

internal sealed class DailySales
{
    public DateOnly Day { get; set; }
}
