namespace FitnessKit.Subjects.Data.Returns.Archive;

/// <summary>
/// A file kept with a closed return, owned as a collection: its table is named after the type, in its owner's schema,
/// returns_archive.Attachment, beside Fulfilment's yard.Attachment.
/// </summary>
public sealed class Attachment
{
    public string FileName { get; set; } = string.Empty;
}
