using Bakery.Web.Modules.Kitchen.Domain;
using Bakery.Web.Modules.Orders.Domain;

namespace Bakery.Web.Modules.Kitchen.Application;

/// <summary>Planted FK001: Kitchen plans a batch from Orders' entity, which the assembly lets it see, not from Orders' event.</summary>
internal sealed class BatchPlanner
{
    public Batch Plan(Order order) => new() { Id = Guid.NewGuid(), Product = order.Product, Quantity = order.Quantity, BakeBy = order.PickUpAt.AddHours(-2) };
}
