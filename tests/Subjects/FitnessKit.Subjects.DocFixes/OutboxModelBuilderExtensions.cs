// FK006's fix, shared part: the outbox mapping names no schema, so each context's default schema decides.
using Microsoft.EntityFrameworkCore;

namespace Shop.SharedKernel;

public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public string Type { get; set; } = string.Empty;
}

#region docfix-fk006-outbox-model-builder-extensions
public static class OutboxModelBuilderExtensions
{
    public static ModelBuilder UseOutbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(message => message.ToTable("OutboxMessages"));
        return modelBuilder;
    }
}
#endregion
