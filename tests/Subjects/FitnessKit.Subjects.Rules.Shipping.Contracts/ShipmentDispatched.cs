namespace FitnessKit.Subjects.Rules.Shipping.Contracts;

/// <summary>Shipping's integration event: a shipment left the warehouse, with the value declared for it.</summary>
public sealed record ShipmentDispatched(Guid ShipmentId, Guid OrderId, decimal DeclaredValue, DateTimeOffset DispatchedAt);
