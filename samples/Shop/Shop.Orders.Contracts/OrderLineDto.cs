namespace Shop.Orders.Contracts;

public sealed record OrderLineDto(string Sku, int Quantity, decimal UnitPrice);
