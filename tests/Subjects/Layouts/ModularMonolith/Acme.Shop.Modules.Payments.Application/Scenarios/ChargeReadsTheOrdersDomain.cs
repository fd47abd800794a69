using Acme.Shop.Modules.Orders.Domain;

namespace Acme.Shop.Modules.Payments.Application;

/// <summary>Planted FK001: Payments' application layer uses Orders' domain entity instead of its integration event.</summary>
public sealed class ChargeOrder
{
    public Payment Charge(Order order) => new() { OrderId = order.Id, Amount = order.Total };
}
