namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A scan of a shipment on its way, kept as JSON in the shipment's own row (<see cref="ShipmentConfiguration"/>): no table of its own.</summary>
public sealed class TrackingEntry
{
    public DateTimeOffset At { get; set; }

    public string Place { get; set; } = string.Empty;

    public List<SensorReading> Readings { get; set; } = [];
}
