using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Catalog;

/// <summary>The concrete module context: ModuleSettings from its base, Products from its DbSet, categories from a chained ToTable, Brand after its type.</summary>
internal sealed class CatalogDbContext : ModuleDbContext<CatalogDbContext>
{
    public DbSet<Product> Products { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlite("Data Source=:memory:");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Category>().ToTable("categories");
        modelBuilder.Entity<Brand>();
    }
}
