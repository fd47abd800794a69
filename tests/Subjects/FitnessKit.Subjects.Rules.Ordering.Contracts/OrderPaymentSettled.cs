namespace FitnessKit.Subjects.Rules.Ordering.Contracts;

/// <summary>Ordering's integration event: the payment of an order was settled.</summary>
public sealed record OrderPaymentSettled(Guid OrderId, DateTimeOffset SettledAt);
