namespace Acme.BookStore.Ordering.Orders;

/// <summary>The repository the module's application services use; its implementation is in EntityFrameworkCore.</summary>
public interface IOrderRepository
{
    Task<Order?> FindAsync(Guid id);

    Task<List<Order>> GetPlacedSinceAsync(DateTime since);
}
