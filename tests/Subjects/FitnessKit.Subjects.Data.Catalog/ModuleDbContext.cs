using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Catalog;

/// <summary>A generic base context: ModuleSettings belongs to whichever concrete context derives from it, never to this abstract one.</summary>
public abstract class ModuleDbContext<TSelf> : DbContext
    where TSelf : ModuleDbContext<TSelf>
{
    public DbSet<ModuleSetting> ModuleSettings { get; set; }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ModuleSetting>(setting => setting.ToTable("ModuleSettings"));
}
