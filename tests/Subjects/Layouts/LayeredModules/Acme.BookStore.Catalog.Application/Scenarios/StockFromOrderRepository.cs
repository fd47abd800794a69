using Acme.BookStore.Ordering.Orders;

namespace Acme.BookStore.Catalog.Products;

/// <summary>Planted FK001: Catalog injects Ordering's repository, a type of Ordering's domain layer, instead of calling its application service.</summary>
public class StockFromOrderRepository(IOrderRepository orders)
{
    public async Task<int> ReservedAsync(Guid productId) =>
        (await orders.GetPlacedSinceAsync(DateTime.UtcNow.AddDays(-1))).SelectMany(o => o.Lines).Where(l => l.ProductId == productId).Sum(l => l.Quantity);
}
