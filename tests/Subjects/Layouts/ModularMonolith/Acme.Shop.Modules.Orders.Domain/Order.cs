using Acme.Shop.BuildingBlocks.Domain;

namespace Acme.Shop.Modules.Orders.Domain;

public sealed class Order : Entity
{
    public decimal Total { get; private set; }

    public static Order Place(decimal total) => new() { Total = total };
}
