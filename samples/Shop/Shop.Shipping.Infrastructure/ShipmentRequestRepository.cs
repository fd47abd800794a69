using Microsoft.EntityFrameworkCore;

namespace Shop.Shipping.Infrastructure;
#region shop-shipment-request-repository
internal sealed class ShipmentRequestRepository(DbContextOptions<ShippingDbContext> options)
    : IShipmentRequestRepository
{
    public async Task AddAsync(ShipmentRequest request, CancellationToken cancellationToken)
    {
        await using var db = new ShippingDbContext(options);
        db.ShipmentRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ShipmentRequest>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = new ShippingDbContext(options);
        return await db.ShipmentRequests.AsNoTracking().ToListAsync(cancellationToken);
    }
}
#endregion
