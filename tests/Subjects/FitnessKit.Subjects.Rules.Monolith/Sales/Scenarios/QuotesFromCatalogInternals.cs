using FitnessKit.Subjects.Rules.Monolith.Catalog.Pricing;

namespace FitnessKit.Subjects.Rules.Monolith.Sales.QuotesFromCatalogInternals;

/// <summary>FK001 by namespace: prices a quote with Catalog's PriceList, which lies outside Catalog's contract namespaces.</summary>
public sealed class QuoteBuilder
{
    public decimal Quote(PriceList prices, string sku, int quantity) => prices.PriceOf(sku) * quantity;
}
