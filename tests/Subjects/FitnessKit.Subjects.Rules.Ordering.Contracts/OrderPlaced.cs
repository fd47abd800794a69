namespace FitnessKit.Subjects.Rules.Ordering.Contracts;

/// <summary>Ordering's integration event: an order was placed. Shipping may consume it; Billing may not (it may use only Shipping).</summary>
public sealed record OrderPlaced(Guid OrderId, Guid CustomerId, string ShippingAddress, decimal Total);
