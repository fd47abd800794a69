namespace Shop.Orders;

internal sealed class Order
{
    private readonly List<OrderLine> _lines = [];

    private Order(Guid id, Guid customerId, decimal total, DateTimeOffset placedAt)
    {
        Id = id;
        CustomerId = customerId;
        Total = total;
        PlacedAt = placedAt;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public decimal Total { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public static Order Place(Guid customerId, IEnumerable<OrderLine> lines, PricingPolicy pricing, TimeProvider clock)
    {
        var order = new Order(Guid.NewGuid(), customerId, total: 0m, clock.GetUtcNow());
        order._lines.AddRange(lines);
        if (order._lines.Count == 0)
        {
            throw new ArgumentException("An order needs at least one line.", nameof(lines));
        }

        order.Total = pricing.ApplyTo(order._lines.Sum(line => line.Subtotal));
        return order;
    }
}
