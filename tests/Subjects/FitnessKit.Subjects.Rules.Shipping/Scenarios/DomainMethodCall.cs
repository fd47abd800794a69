using FitnessKit.Subjects.Rules.Ordering.Domain;
using FitnessKit.Subjects.Rules.Shipping.Domain;

namespace FitnessKit.Subjects.Rules.Shipping.DomainMethodCall;

/// <summary>FK001: plans a shipment by calling a method of Ordering's Order aggregate, which is not one of Ordering's contracts.</summary>
public sealed class ShipmentPlanner
{
    public Shipment Plan(Order order) => new(order.Id, order.DeliveryLabel());
}
