using Acme.BookStore.Catalog.Products;
using Microsoft.EntityFrameworkCore;

namespace Acme.BookStore.Catalog.EntityFrameworkCore;

/// <summary>The module's own DbContext.</summary>
public class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<Product> Products => Set<Product>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ConfigureCatalog();
    }

    /// <summary>Compliant: the module's own SQL on its own table.</summary>
    public Task<int> ResetWeeklySalesAsync() => Database.ExecuteSqlRawAsync("UPDATE [catalog].[CatalogProducts] SET [SoldLastWeek] = 0");
}
