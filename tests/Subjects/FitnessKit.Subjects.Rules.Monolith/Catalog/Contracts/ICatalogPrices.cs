namespace FitnessKit.Subjects.Rules.Monolith.Catalog.Contracts;

/// <summary>Catalog's published API for prices: a contract other contexts may use.</summary>
public interface ICatalogPrices
{
    decimal PriceOf(string sku);
}
