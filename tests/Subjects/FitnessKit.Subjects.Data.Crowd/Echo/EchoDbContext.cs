using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Crowd.Echo;

/// <summary>Echo's database context, which maps the shared settings table like the five others.</summary>
internal sealed class EchoDbContext : DbContext
{
    public DbSet<Setting> Settings => Set<Setting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Setting>().ToTable("Settings", "shared");
}
