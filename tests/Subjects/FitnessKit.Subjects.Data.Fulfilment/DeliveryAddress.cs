namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>Reached only through <see cref="Shipment.Destination"/>, a reference navigation: its table is named after the type.</summary>
public sealed class DeliveryAddress
{
    public Guid Id { get; set; }

    public string Street { get; set; } = string.Empty;
}
