// PLANTED VIOLATION (FK006): an outbox entity in the shared kernel; every DbContext that calls UseOutbox (OutboxModelBuilderExtensions.cs) maps it to the same table, OutboxMessages.
namespace Shop.SharedKernel;

/// <summary>An integration event waiting to be published, stored in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public string Type { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }
}
