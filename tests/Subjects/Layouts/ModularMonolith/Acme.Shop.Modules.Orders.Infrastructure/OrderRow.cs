namespace Acme.Shop.Modules.Orders.Infrastructure;

internal sealed class OrderRow
{
    public Guid Id { get; set; }

    public decimal Total { get; set; }
}
