using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Archive;

/// <summary>Snake case, set in its own OnConfiguring.</summary>
internal sealed class SnakeArchiveDbContext : DbContext
{
    public DbSet<ArchivedOrder> ArchivedOrders { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql("Host=localhost;Database=subjects").UseSnakeCaseNamingConvention();
}
