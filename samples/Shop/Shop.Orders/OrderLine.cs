namespace Shop.Orders;

internal sealed class OrderLine(string sku, int quantity, decimal unitPrice)
{
    public string Sku { get; private set; } = sku;

    public int Quantity { get; private set; } = quantity;

    public decimal UnitPrice { get; private set; } = unitPrice;

    public decimal Subtotal => Quantity * UnitPrice;
}
