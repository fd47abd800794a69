// PLANTED VIOLATION (FK006): "write the outbox once, use it everywhere": every context that calls UseOutbox maps the table OutboxMessages, and SQLite has no schemas to keep them apart, so Billing and Customers map one table that neither owns.
using Microsoft.EntityFrameworkCore;

namespace Shop.SharedKernel;
#region shop-broken-outbox-model-builder-extensions
/// <summary>The outbox mapping for every context's DbContext.</summary>
public static class OutboxModelBuilderExtensions
{
    public static ModelBuilder UseOutbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable("OutboxMessages");
            message.HasKey(m => m.Id);
        });
        return modelBuilder;
    }
}
#endregion
