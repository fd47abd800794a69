using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Returns;

/// <summary>
/// Returns' DbContext: snake case for every name EF Core gives, set where the provider is. A DbSet, a type reached by
/// a navigation, a convention join table, a name with an acronym and a digit, and a table named with ToTable.
/// </summary>
internal sealed class ReturnsDbContext : DbContext
{
    public DbSet<ReturnRequest> ReturnRequests { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql("Host=localhost;Database=subjects").UseSnakeCaseNamingConvention();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Inspection>().ToTable("InspectionReports");
}
