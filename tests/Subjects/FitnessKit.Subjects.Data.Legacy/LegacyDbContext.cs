using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Legacy;

/// <summary>No HasDefaultSchema: unqualified tables go to the database's default (public on PostgreSQL).</summary>
internal sealed class LegacyDbContext : DbContext
{
    public DbSet<Setting> Settings { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql("Host=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<LegacyOrder>().ToTable("Orders", "sales");
}
