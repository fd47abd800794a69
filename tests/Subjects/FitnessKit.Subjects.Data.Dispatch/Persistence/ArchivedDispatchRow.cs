namespace FitnessKit.Subjects.Data.Dispatch.Persistence;

/// <summary>A dispatch kept by <see cref="DispatchArchiveDbContext"/>, in the schema the building block sets: dispatch_archive.</summary>
internal sealed class ArchivedDispatchRow
{
    public Guid Id { get; set; }
}
