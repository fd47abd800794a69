namespace Shop.Orders.Contracts;

public sealed record OrderDto(
    Guid Id,
    Guid CustomerId,
    string CustomerName,
    IReadOnlyList<OrderLineDto> Lines,
    decimal Total,
    DateTimeOffset PlacedAt);
