namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A value object with no key: a column through the converter <see cref="ShipmentConfiguration"/> sets, never a table.</summary>
public sealed class Weight(decimal kilograms)
{
    public decimal Kilograms { get; } = kilograms;
}
