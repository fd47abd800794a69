using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Outbox;

/// <summary>Maps the inbox under the schema each caller passes: the schema reaches ToTable through a lambda's closure, so sales_inbox.InboxMessages and support_inbox.InboxMessages are two tables.</summary>
public static class InboxModelBuilderExtensions
{
    public static ModelBuilder UseInbox(this ModelBuilder modelBuilder, string schema)
    {
        modelBuilder.Entity<InboxRecord>(entity =>
        {
            entity.ToTable("InboxMessages", schema);
            entity.HasKey(record => record.Id);
        });
        return modelBuilder;
    }
}
