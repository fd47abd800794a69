using Pantry.Api.Orders.Domain;
using Pantry.Api.Stock.Domain;

namespace Pantry.Api.Stock.Application;

/// <summary>Planted FK001: Stock reserves from Orders' entity, which the assembly lets it see, not from Orders' event.</summary>
internal sealed class Reserver
{
    public Reservation Reserve(Order order) => new() { Id = Guid.NewGuid(), OrderId = order.Id, Sku = order.Sku, Quantity = order.Quantity };
}
