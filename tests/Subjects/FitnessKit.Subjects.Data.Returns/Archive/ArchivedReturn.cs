namespace FitnessKit.Subjects.Data.Returns.Archive;

/// <summary>A closed return, kept by <see cref="ReturnsArchiveDbContext"/> alone.</summary>
public sealed class ArchivedReturn
{
    public Guid Id { get; set; }

    public DateTimeOffset ClosedAt { get; set; }

    public List<Attachment> Attachments { get; set; } = [];
}
