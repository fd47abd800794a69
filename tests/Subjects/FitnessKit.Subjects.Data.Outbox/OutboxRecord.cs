namespace FitnessKit.Subjects.Data.Outbox;

/// <summary>A message waiting to be published, stored in the same transaction as the change that raised it.</summary>
public sealed class OutboxRecord
{
    public Guid Id { get; set; }

    public string Type { get; set; } = string.Empty;

    public string Payload { get; set; } = string.Empty;

    public DateTime OccurredAt { get; set; }
}
