using Bakery.Web.Modules.Kitchen.Domain;
using Bakery.Web.Modules.Kitchen.Persistence;
using Bakery.Web.Modules.Orders.Contracts;

namespace Bakery.Web.Modules.Kitchen.Application;

/// <summary>Compliant: Kitchen learns of an order from Orders' integration event, its contract, and keeps a batch of its own.</summary>
internal sealed class OrderPlacedHandler(KitchenDbContext kitchen)
{
    public async Task HandleAsync(OrderPlaced placed)
    {
        kitchen.Batches.Add(new Batch { Id = Guid.NewGuid(), Product = placed.Product, Quantity = placed.Quantity, BakeBy = placed.PickUpAt.AddHours(-2) });
        await kitchen.SaveChangesAsync();
    }
}
