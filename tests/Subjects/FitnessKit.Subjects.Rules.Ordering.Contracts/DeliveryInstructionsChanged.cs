namespace FitnessKit.Subjects.Rules.Ordering.Contracts;

/// <summary>Ordering's integration event: the customer changed how an order is to be delivered.</summary>
public sealed record DeliveryInstructionsChanged(Guid OrderId, string Instructions, bool LeaveAtDoor);
