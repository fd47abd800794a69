using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Crowd.Delta;

/// <summary>Delta's database context, which maps the shared settings table like the five others.</summary>
internal sealed class DeltaDbContext : DbContext
{
    public DbSet<Setting> Settings => Set<Setting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Setting>().ToTable("Settings", "shared");
}
