namespace FitnessKit.Subjects.Output.Catalog.Pricing;

/// <summary>Catalog's prices: not a contract, so a use from Sales is an FK001 finding.</summary>
public sealed class PriceList
{
    public decimal PriceOf(string sku) => sku.Length;
}
