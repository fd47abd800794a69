using Acme.BookStore.Ordering;
using Acme.BookStore.Ordering.Orders;

namespace Acme.BookStore.Catalog.Products;

/// <summary>
/// Compliant: ranks products by what Ordering's application service says was ordered, through Ordering's contracts
/// (its DTO and the status enum of its Domain.Shared, which the DTO carries).
/// </summary>
public class ProductAppService(IOrderAppService orders) : IProductAppService
{
    public async Task<IReadOnlyList<ProductDto>> GetBestSellersAsync()
    {
        var placed = await orders.GetPlacedSinceAsync(DateTime.UtcNow.AddDays(-7));
        return [.. placed.Where(o => o.Status != OrderStatus.Placed).SelectMany(o => o.Lines).GroupBy(l => l.ProductId)
            .OrderByDescending(g => g.Sum(l => l.Quantity)).Select(g => new ProductDto { Id = g.Key })];
    }
}
