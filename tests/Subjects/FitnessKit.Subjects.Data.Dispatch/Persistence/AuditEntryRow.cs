namespace FitnessKit.Subjects.Data.Dispatch.Persistence;

/// <summary>An audit entry of <see cref="AuditDbContext"/>, whose table takes its schema from a loop over the model.</summary>
internal sealed class AuditEntryRow
{
    public Guid Id { get; set; }

    public List<AuditTag> Tags { get; set; } = [];
}
