// FK013: Shipping's uses of the contract; a breaking change of a type used here names Shipping as a consumer.
using FitnessKit.Subjects.Contracts.ConstructorParameterAdded;
using FitnessKit.Subjects.Contracts.PropertyRemoved;

namespace FitnessKit.Subjects.Contracts.Consumer;

public sealed class OrderImport
{
    public Guid Import(OrderDto order) => order.Id;

    public Shipment Ship(Guid orderId) => new(orderId, "post");
}
