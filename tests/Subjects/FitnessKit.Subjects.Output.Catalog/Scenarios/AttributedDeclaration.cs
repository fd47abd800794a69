// Scenario: a class with a doc comment and attributes above its declaration and an auto-property as its first code:
// a finding about the type points at the line with the class keyword (line 8), not at the property or an attribute.
namespace FitnessKit.Subjects.Output.Catalog.Scenarios;

/// <summary>The class ProductRecord is named here in a comment, which is not its declaration.</summary>
[Serializable]
[System.Diagnostics.DebuggerDisplay("{Sku}")]
public sealed class ProductRecord
{
    public string Sku { get; set; } = string.Empty;

    public int Stock { get; set; }
}
