namespace FitnessKit.Subjects.Data.Dispatch.Persistence;

/// <summary>Owned by <see cref="AuditEntryRow"/> as a collection: an entity type of the model, so in the loop's schema too.</summary>
internal sealed class AuditTag
{
    public string Text { get; set; } = string.Empty;
}
