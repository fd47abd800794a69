using Store.Common.Domain;
using Store.Common.Messaging;
using Store.Orders.Contracts;
using Store.Payments.Contracts;

namespace Store.Payments.Domain;

/// <summary>Compliant: Payments charges an order from Orders' contract.</summary>
public sealed class Payment : Entity
{
    public Guid OrderId { get; init; }

    public static void Capture(OrderPlaced placed, IMessageBus bus) => bus.Publish(new PaymentCaptured(placed.OrderId));
}
