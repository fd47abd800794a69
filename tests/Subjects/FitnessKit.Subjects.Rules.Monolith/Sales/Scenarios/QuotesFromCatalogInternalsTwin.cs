using FitnessKit.Subjects.Rules.Monolith.Catalog.Contracts;

namespace FitnessKit.Subjects.Rules.Monolith.Sales.QuotesFromCatalogInternalsTwin;

/// <summary>Prices the same quote through Catalog's contract ICatalogPrices.</summary>
public sealed class QuoteBuilder
{
    public decimal Quote(ICatalogPrices prices, string sku, int quantity) => prices.PriceOf(sku) * quantity;
}
