namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// A collection only docks own: its table is named after the type, in the schema of the docks' table, yard.Attachment.
/// Returns' archive owns an <c>Attachment</c> of its own, in returns_archive: two tables, not one shared.
/// </summary>
public sealed class Attachment
{
    public string FileName { get; set; } = string.Empty;
}
