namespace Acme.BookStore.Catalog.Products;

/// <summary>The module's aggregate root.</summary>
public class Product
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public int SoldLastWeek { get; set; }
}
