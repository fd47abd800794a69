namespace FitnessKit.Subjects.Rules.Ordering.Domain;

/// <summary>Ordering's domain event: internal to Ordering (its integration event is OrderPaymentSettled). Named by Shipping.Wiring only in an assembly attribute.</summary>
public sealed record OrderPaid(Guid OrderId, DateTimeOffset PaidAt);
