using Shop.SharedKernel;

namespace Shop.Orders.Contracts;

public sealed record OrderPlaced(
    Guid OrderId,
    Guid CustomerId,
    IReadOnlyList<OrderLineDto> Lines,
    decimal Total,
    DateTimeOffset PlacedAt) : IIntegrationEvent;
