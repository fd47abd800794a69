namespace Shop.Orders;

/// <summary>How Orders turns the sum of an order's lines into the price the customer pays.</summary>
public sealed class PricingPolicy(decimal volumeDiscountFrom, decimal volumeDiscountRate)
{
    /// <summary>5% off every order of 100.00 or more.</summary>
    public static PricingPolicy Standard { get; } = new(volumeDiscountFrom: 100m, volumeDiscountRate: 0.05m);

    public decimal ApplyTo(decimal subtotal)
    {
        var discount = subtotal >= volumeDiscountFrom ? subtotal * volumeDiscountRate : 0m;
        return decimal.Round(subtotal - discount, 2, MidpointRounding.AwayFromZero);
    }
}
