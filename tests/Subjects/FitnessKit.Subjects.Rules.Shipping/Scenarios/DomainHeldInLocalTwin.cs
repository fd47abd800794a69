using FitnessKit.Subjects.Rules.Ordering.Contracts;

namespace FitnessKit.Subjects.Rules.Shipping.DomainHeldInLocalTwin;

/// <summary>Prints the same slip from Ordering's OrderPlaced contract event, held in a local variable too.</summary>
public sealed class PackingSlip
{
    public string Print(OrderPlaced placed)
    {
        var order = placed;
        return $"Order {order.OrderId} to {order.ShippingAddress}";
    }
}
