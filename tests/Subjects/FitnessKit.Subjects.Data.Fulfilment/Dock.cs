namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A loading dock, whose opening hours <see cref="DockConfiguration"/> keeps in a table of their own, and which owns three collections.</summary>
public sealed class Dock
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public TimeOnly OpensAt { get; set; }

    public TimeOnly ClosesAt { get; set; }

    public List<PostalAddress> Gates { get; set; } = [];

    public List<Attachment> Attachments { get; set; } = [];

    public List<DockSign> Signs { get; set; } = [];
}
