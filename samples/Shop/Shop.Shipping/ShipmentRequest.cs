namespace Shop.Shipping;

/// <summary>Shipping's own projection of an order it has to ship, built from <c>OrderPlaced</c>.</summary>
internal sealed class ShipmentRequest(Guid orderId, Guid customerId, int itemCount, DateTimeOffset requestedAt)
{
    public Guid OrderId { get; private set; } = orderId;

    public Guid CustomerId { get; private set; } = customerId;

    public int ItemCount { get; private set; } = itemCount;

    public DateTimeOffset RequestedAt { get; private set; } = requestedAt;
}
