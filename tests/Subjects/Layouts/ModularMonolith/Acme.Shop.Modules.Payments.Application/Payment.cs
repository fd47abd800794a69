using Acme.Shop.BuildingBlocks.Domain;

namespace Acme.Shop.Modules.Payments.Application;

public sealed class Payment : Entity
{
    public Guid OrderId { get; init; }

    public decimal Amount { get; init; }
}
