using Shop.Orders;

namespace Shop.Billing.Reports;

/// <summary>New code in Billing that prices orders with Orders' internal pricing policy instead of a contract.</summary>
public sealed class RevenueReport
{
    public decimal Projected(decimal subtotal) => PricingPolicy.Standard.ApplyTo(subtotal);
}
