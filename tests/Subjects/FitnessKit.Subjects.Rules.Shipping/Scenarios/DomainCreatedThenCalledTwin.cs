using FitnessKit.Subjects.Rules.Ordering.Contracts;

namespace FitnessKit.Subjects.Rules.Shipping.DomainCreatedThenCalledTwin;

/// <summary>Prints the same label from Ordering's OrderPlaced contract event.</summary>
public sealed class ReturnLabel
{
    public string Print(OrderPlaced placed) => $"Order {placed.OrderId} to {placed.ShippingAddress}";
}
