// FK013, breaking: V2's Shipment constructor takes a carrier too.
namespace FitnessKit.Subjects.Contracts.ConstructorParameterAdded;

public sealed class Shipment
{
    public Shipment(Guid orderId) => OrderId = orderId;

    public Guid OrderId { get; }
}
