using Shop.Orders.Contracts;

namespace Shop.Orders;

public interface IOrderService
{
    Task<OrderDto> PlaceAsync(
        Guid customerId,
        IReadOnlyList<OrderLineDto> lines,
        CancellationToken cancellationToken = default);
}
