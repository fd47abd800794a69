// FK013, consumer per member, the twin of CallsChangedConstructor: takes Shipments and reads OrderId, which V2 kept, so the constructor's change does not name it.
using FitnessKit.Subjects.Contracts.ConstructorParameterAdded;

namespace FitnessKit.Subjects.Contracts.LegacyConsumer.ReadsShipmentOnly;

public sealed class ShipmentKeys
{
    public Guid KeyOf(Shipment shipment) => shipment.OrderId;
}
