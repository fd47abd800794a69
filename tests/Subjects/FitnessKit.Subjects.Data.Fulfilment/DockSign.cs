namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A collection only docks own, in a table its configuration names without a schema: in the docks' schema, yard.</summary>
public sealed class DockSign
{
    public string Text { get; set; } = string.Empty;
}
