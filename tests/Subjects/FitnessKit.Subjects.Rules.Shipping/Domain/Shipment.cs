namespace FitnessKit.Subjects.Rules.Shipping.Domain;

/// <summary>Shipping's aggregate: a parcel on its way to an address.</summary>
public sealed class Shipment(Guid orderId, string address)
{
    public Guid Id { get; } = Guid.NewGuid();

    public Guid OrderId { get; } = orderId;

    public string Address { get; } = address;
}
