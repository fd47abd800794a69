using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Outbox;

/// <summary>Maps the outbox without a schema: each calling context gets its own OutboxMessages table in its default schema (sales.OutboxMessages, support.OutboxMessages), twins, not one shared table.</summary>
public static class OutboxModelBuilderExtensions
{
    public static ModelBuilder UseOutboxTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxRecord>(entity =>
        {
            entity.ToTable("OutboxMessages");
            entity.HasKey(record => record.Id);
        });
        return modelBuilder;
    }
}
