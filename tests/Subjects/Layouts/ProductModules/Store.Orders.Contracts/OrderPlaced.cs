namespace Store.Orders.Contracts;

public sealed record OrderPlaced(Guid OrderId, decimal Total);
