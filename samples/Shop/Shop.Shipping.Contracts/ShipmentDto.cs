namespace Shop.Shipping.Contracts;

public sealed record ShipmentDto(Guid OrderId, Guid CustomerId, int ItemCount, DateTimeOffset RequestedAt);
