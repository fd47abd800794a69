namespace Acme.BookStore.Ordering.Orders;

/// <summary>The module's application service over its own repository.</summary>
public class OrderAppService(IOrderRepository orders) : IOrderAppService
{
    public async Task<OrderDto?> GetAsync(Guid id) => await orders.FindAsync(id) is { } order ? ToDto(order) : null;

    public async Task<IReadOnlyList<OrderDto>> GetPlacedSinceAsync(DateTime since) => [.. (await orders.GetPlacedSinceAsync(since)).Select(ToDto)];

    private static OrderDto ToDto(Order order) => new()
    {
        Id = order.Id,
        Number = order.Number,
        Status = order.Status,
        Lines = [.. order.Lines.Select(l => new OrderLineDto { ProductId = l.ProductId, Quantity = l.Quantity })],
    };
}
