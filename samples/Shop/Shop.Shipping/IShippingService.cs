using Shop.Shipping.Contracts;

namespace Shop.Shipping;

public interface IShippingService
{
    Task<IReadOnlyList<ShipmentDto>> PendingShipmentsAsync(CancellationToken cancellationToken = default);
}
