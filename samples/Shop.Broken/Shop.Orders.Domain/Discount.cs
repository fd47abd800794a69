namespace Shop.Orders.Domain;

/// <summary>A discount as Orders applies it: Orders' own rule, which it may change whenever its pricing changes.</summary>
public sealed record Discount(string Code, decimal Rate)
{
    public decimal ApplyTo(decimal subtotal) => decimal.Round(subtotal * (1 - Rate), 2, MidpointRounding.AwayFromZero);
}
