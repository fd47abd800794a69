namespace Acme.BookStore.Catalog.Products;

/// <summary>A product as other modules see it.</summary>
public class ProductDto
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;
}

/// <summary>What the Catalog module offers other modules and its HTTP API.</summary>
public interface IProductAppService
{
    Task<IReadOnlyList<ProductDto>> GetBestSellersAsync();
}
