using Acme.BookStore.Ordering.Orders;

namespace Acme.BookStore.Ordering.HttpApi;

/// <summary>The module's endpoints, over its application service.</summary>
public class OrderController(IOrderAppService orders)
{
    public Task<OrderDto?> GetAsync(Guid id) => orders.GetAsync(id);
}
