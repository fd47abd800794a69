namespace Acme.BookStore.Ordering.Orders;

/// <summary>What the Ordering module offers other modules and its HTTP API.</summary>
public interface IOrderAppService
{
    Task<OrderDto?> GetAsync(Guid id);

    Task<IReadOnlyList<OrderDto>> GetPlacedSinceAsync(DateTime since);
}
