namespace FitnessKit.Subjects.Rules.Monolith.Catalog.Pricing;

/// <summary>Catalog's price list: public in the assembly, but its namespace is not one of Catalog's contract namespaces.</summary>
public sealed class PriceList
{
    private readonly Dictionary<string, decimal> _prices = new(StringComparer.Ordinal) { ["SKU-1"] = 9.90m };

    public decimal PriceOf(string sku) => _prices.TryGetValue(sku, out var price) ? price : 0m;
}
