using FitnessKit.Subjects.Rules.Ordering.Contracts;
using FitnessKit.Subjects.Rules.Shipping.Domain;

namespace FitnessKit.Subjects.Rules.Shipping.DomainMethodCallTwin;

/// <summary>Plans the same shipment from Ordering's OrderPlaced contract event.</summary>
public sealed class ShipmentPlanner
{
    public Shipment Plan(OrderPlaced placed) => new(placed.OrderId, placed.ShippingAddress);
}
