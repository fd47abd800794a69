namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>Reached only through <see cref="Shipment.Events"/>, a collection navigation: its table is named after the type.</summary>
public sealed class ShipmentEvent
{
    public Guid Id { get; set; }

    public string Kind { get; set; } = string.Empty;
}
