namespace FitnessKit.Subjects.Data.Outbox;

/// <summary>An inbox entry: one entity type that several contexts map, each under a schema it passes in.</summary>
public sealed class InboxRecord
{
    public Guid Id { get; set; }

    public string MessageType { get; set; } = string.Empty;

    public DateTime ReceivedAt { get; set; }
}
