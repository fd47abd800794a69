using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Archive;

/// <summary>Lower case, set in its own OnConfiguring, in the same assembly as <see cref="SnakeArchiveDbContext"/>.</summary>
internal sealed class LowerArchiveDbContext : DbContext
{
    public DbSet<ArchivedOrder> ArchivedOrders { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql("Host=localhost;Database=subjects").UseLowerCaseNamingConvention();
}
