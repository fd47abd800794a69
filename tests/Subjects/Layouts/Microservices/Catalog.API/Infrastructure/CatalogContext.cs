using IntegrationEventLogEF;
using Microsoft.EntityFrameworkCore;

namespace Catalog.API.Infrastructure;

/// <summary>Catalog's DbContext, internal to its deployable: its items and, in its own database, the shared event log's table.</summary>
internal sealed class CatalogContext(DbContextOptions<CatalogContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CatalogItem>().ToTable("CatalogItems");
        modelBuilder.UseIntegrationEventLogs();
    }
}

internal sealed class CatalogItem
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}
