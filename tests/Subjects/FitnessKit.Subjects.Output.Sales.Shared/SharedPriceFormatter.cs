// Scenario: one source file compiled into two assemblies of context Sales (no project of its own): the same finding
// twice, identical but for the assembly, which the console prints once with both places under it.
using FitnessKit.Subjects.Output.Catalog.Pricing;

namespace FitnessKit.Subjects.Output.Sales.Shared;

public static class SharedPriceFormatter
{
    public static string Format(PriceList prices, string sku) => prices.PriceOf(sku).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
