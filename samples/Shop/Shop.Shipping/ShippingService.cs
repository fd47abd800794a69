using Shop.Orders.Contracts;
using Shop.Shipping.Contracts;

namespace Shop.Shipping;

internal sealed class ShippingService(IShipmentRequestRepository requests, TimeProvider clock) : IShippingService
{
    public async Task<IReadOnlyList<ShipmentDto>> PendingShipmentsAsync(CancellationToken cancellationToken = default)
    {
        var pending = await requests.ListAsync(cancellationToken);
        return [.. pending
            .OrderBy(request => request.RequestedAt)
            .Select(request => new ShipmentDto(request.OrderId, request.CustomerId, request.ItemCount, request.RequestedAt))];
    }
#region shop-shipping-request-shipment
    /// <summary>Turns Orders' <see cref="OrderPlaced"/> event into Shipping's own shipment request.</summary>
    public Task RequestShipmentAsync(OrderPlaced placed, CancellationToken cancellationToken)
    {
        var itemCount = placed.Lines.Sum(line => line.Quantity);
        return requests.AddAsync(
            new ShipmentRequest(placed.OrderId, placed.CustomerId, itemCount, clock.GetUtcNow()),
            cancellationToken);
    }
#endregion
}
