// FK013, consumer per member, the twin of ReadsRemovedProperty: uses OrderDto, but only its Id, which V2 kept, so the removal of Note does not name it.
using FitnessKit.Subjects.Contracts.PropertyRemoved;

namespace FitnessKit.Subjects.Contracts.LegacyConsumer.ReadsKeptProperty;

public sealed class OrderKeys
{
    public Guid KeyOf(OrderDto order) => order.Id;
}
