// Compliant twin of ThreeContextCycle: Shipping announces the delivery with an event of its own, which Orders consumes,
// so Orders -> Payments -> Shipping and Orders -> Shipping all point one way.
namespace FitnessKit.Subjects.Cycles.ThreeContextCycleTwin.Orders
{
    using FitnessKit.Subjects.Cycles.ThreeContextCycleTwin.Payments;
    using FitnessKit.Subjects.Cycles.ThreeContextCycleTwin.Shipping;

    public sealed class Order
    {
        public bool Shipped { get; private set; }

        public void MarkShipped() => Shipped = true;
    }

    public sealed class Checkout
    {
        public bool Pay(Guid orderId, decimal amount) => PaymentDesk.Charge(orderId, amount);
    }

    public sealed class DeliveredOrders(Func<Guid, Order> find)
    {
        public void Handle(ParcelDelivered delivered) => find(delivered.OrderId).MarkShipped();
    }
}

namespace FitnessKit.Subjects.Cycles.ThreeContextCycleTwin.Payments
{
    using FitnessKit.Subjects.Cycles.ThreeContextCycleTwin.Shipping;

    public static class PaymentDesk
    {
        public static bool Charge(Guid orderId, decimal amount) => amount > 0 && Dispatch.Request(orderId);
    }

    public sealed class Chargebacks
    {
        public void Reverse(Guid orderId) => Dispatch.Cancel(orderId);
    }
}

namespace FitnessKit.Subjects.Cycles.ThreeContextCycleTwin.Shipping
{
    public sealed record ParcelDelivered(Guid OrderId);

    public static class Dispatch
    {
        public static bool Request(Guid orderId) => orderId != Guid.Empty;

        public static void Cancel(Guid orderId)
        {
        }
    }

    public sealed class DeliveryConfirmation(Action<ParcelDelivered> publish)
    {
        public void Confirm(Guid orderId) => publish(new ParcelDelivered(orderId));
    }
}
