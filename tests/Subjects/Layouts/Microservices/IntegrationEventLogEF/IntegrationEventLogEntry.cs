namespace IntegrationEventLogEF;

/// <summary>An integration event recorded with the change that raised it, until the event bus publishes it.</summary>
public sealed class IntegrationEventLogEntry
{
    public Guid EventId { get; set; }

    public string Content { get; set; } = "";
}
