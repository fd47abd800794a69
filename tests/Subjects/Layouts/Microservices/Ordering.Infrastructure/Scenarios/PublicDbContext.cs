using IntegrationEventLogEF;
using Microsoft.EntityFrameworkCore;

namespace Ordering.Infrastructure;

/// <summary>Planted FK003: the service's DbContext is public. It maps the shared event log's table into Ordering's database.</summary>
public sealed class OrderingContext : DbContext
{
    public IQueryable<Guid> OrderIds => Set<OrderRow>().Select(o => o.Id);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrderRow>().ToTable("orders", "ordering");
        modelBuilder.UseIntegrationEventLogs();
    }
}

internal sealed class OrderRow
{
    public Guid Id { get; set; }
}
