using FitnessKit.Subjects.Rules.Monolith.Catalog.Contracts;

namespace FitnessKit.Subjects.Rules.Monolith.Catalog.Pricing;

/// <summary>Catalog's implementation of its published price query.</summary>
internal sealed class CatalogPrices(PriceList priceList) : ICatalogPrices
{
    public decimal PriceOf(string sku) => priceList.PriceOf(sku);
}
