using Acme.BookStore.Catalog.Products;
using Microsoft.EntityFrameworkCore;

namespace Acme.BookStore.Catalog.EntityFrameworkCore;

/// <summary>Maps the module's entities with its prefix and schema; the application's DbContext calls it too.</summary>
public static class CatalogDbContextModelCreatingExtensions
{
    public static void ConfigureCatalog(this ModelBuilder builder)
    {
        builder.Entity<Product>(b =>
        {
            b.ToTable(CatalogDbProperties.DbTablePrefix + "Products", CatalogDbProperties.DbSchema);
            b.Property(p => p.Name).IsRequired().HasMaxLength(ProductConsts.MaxNameLength);
        });
    }
}
