using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Crowd.Foxtrot;

/// <summary>Foxtrot's database context, which maps the shared settings table like the five others.</summary>
internal sealed class FoxtrotDbContext : DbContext
{
    public DbSet<Setting> Settings => Set<Setting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Setting>().ToTable("Settings", "shared");
}
