using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Returns;

/// <summary>
/// Returns' DbContext: snake case for every name EF Core gives, set where the provider is. A DbSet, a type reached by
/// a navigation, a convention join table, a name with an acronym and a digit, a table named with ToTable,
/// a return's parcel label split into Fulfilment's table, and the configurations of its own assembly that a predicate
/// picks (the archive's context, beside it, picks others).
/// </summary>
internal sealed class ReturnsDbContext : DbContext
{
    public DbSet<ReturnRequest> ReturnRequests { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql("Host=localhost;Database=subjects").UseSnakeCaseNamingConvention();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Inspection>().ToTable("InspectionReports");
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly, type => type.Namespace?.EndsWith(".Archive", StringComparison.Ordinal) != true && type.Name.StartsWith("RefundLine", StringComparison.Ordinal));

        // Entity splitting into Fulfilment's table: the parcel a return came back in keeps its label in public.Parcels,
        // which Fulfilment maps too (FK006).
        modelBuilder.Entity<ReturnRequest>().SplitToTable("Parcels", "public", parcel => parcel.Property(request => request.ParcelLabel));
    }
}
