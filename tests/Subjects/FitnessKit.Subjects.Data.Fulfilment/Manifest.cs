namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A concrete document that only its configuration brings into the model: its table is named after it, Manifest.</summary>
public sealed class Manifest : Document
{
    public int Pages { get; set; }
}
