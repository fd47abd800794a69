namespace Shop.Orders.Contracts;

/// <summary>Orders' published query API: an order as Orders holds it now. Only the broken sample has it (FK012, #11).</summary>
public interface IOrderQueries
{
    Task<OrderDto?> FindAsync(Guid orderId, CancellationToken cancellationToken = default);
}
