using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Returns.Archive;

/// <summary>
/// A second DbContext in Returns' assembly: it applies the configurations of the executing assembly whose namespace is
/// its own, so ArchivedReturn's and not RefundLineConfiguration's, which is ReturnsDbContext's.
/// </summary>
internal sealed class ReturnsArchiveDbContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseNpgsql("Host=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly(), type => type.Namespace != null && (type.Namespace == "FitnessKit.Subjects.Data.Returns.Archive" || type.Namespace.EndsWith(".Archive.Legacy", StringComparison.Ordinal)));
}
