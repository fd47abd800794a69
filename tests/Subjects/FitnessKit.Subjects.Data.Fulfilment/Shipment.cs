namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// A shipment: carriers through a join table that <see cref="ShipmentConfiguration"/> renames, events and a
/// destination that only these navigations bring into the model, a weight stored as a number, and its tracking
/// kept as JSON in its own row.
/// </summary>
public class Shipment
{
    public Guid Id { get; set; }

    public List<Carrier> Carriers { get; set; } = [];

    public List<ShipmentEvent> Events { get; set; } = [];

    public DeliveryAddress? Destination { get; set; }

    public Weight Weight { get; set; } = new(0);

    public List<TrackingEntry> Tracking { get; set; } = [];
}
