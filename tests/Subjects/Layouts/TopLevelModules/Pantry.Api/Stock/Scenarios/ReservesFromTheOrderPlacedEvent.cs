using Pantry.Api.Orders.Contracts;
using Pantry.Api.Stock.Data;
using Pantry.Api.Stock.Domain;

namespace Pantry.Api.Stock.Application;

/// <summary>Compliant: Stock learns of an order from Orders' integration event, its contract, and keeps a reservation of its own.</summary>
internal sealed class OrderPlacedHandler(StockDbContext stock)
{
    public async Task HandleAsync(OrderPlaced placed)
    {
        stock.Reservations.Add(new Reservation { Id = Guid.NewGuid(), OrderId = placed.OrderId, Sku = placed.Sku, Quantity = placed.Quantity });
        await stock.SaveChangesAsync();
    }
}
