namespace FitnessKit.Subjects.Data.Outbox;

/// <summary>One line of the audit log every context writes to.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public DateTime OccurredAt { get; set; }
}
