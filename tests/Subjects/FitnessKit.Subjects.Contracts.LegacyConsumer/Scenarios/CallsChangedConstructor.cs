// FK013, consumer per member: calls Shipment(Guid), whose parameters V2 changed, inside a lambda (which belongs to the member that holds it).
using FitnessKit.Subjects.Contracts.ConstructorParameterAdded;

namespace FitnessKit.Subjects.Contracts.LegacyConsumer.CallsChangedConstructor;

public sealed class ShipmentFactory
{
    public IReadOnlyList<Shipment> CreateAll(IEnumerable<Guid> orderIds) => orderIds.Select(id => new Shipment(id)).ToList();
}
