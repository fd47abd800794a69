namespace Shop.Shipping;

internal interface IShipmentRequestRepository
{
    Task AddAsync(ShipmentRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<ShipmentRequest>> ListAsync(CancellationToken cancellationToken);
}
