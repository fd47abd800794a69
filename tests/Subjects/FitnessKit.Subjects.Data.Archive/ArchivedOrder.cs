namespace FitnessKit.Subjects.Data.Archive;

/// <summary>An order kept after it closed: archived_orders under snake case, archivedorders under lower case.</summary>
public sealed class ArchivedOrder
{
    public Guid Id { get; set; }
}
