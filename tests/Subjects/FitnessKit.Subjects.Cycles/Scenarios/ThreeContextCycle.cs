// Planted (FK009): Orders -> Payments -> Shipping -> Orders. Orders asks Payments to charge, Payments asks Shipping to
// dispatch, and Shipping marks the order shipped by calling Orders' domain: two types of Shipping use Orders, more than
// any other step, yet the map lets Shipping use only Payments, so that step closes the cycle.
namespace FitnessKit.Subjects.Cycles.ThreeContextCycle.Orders
{
    using FitnessKit.Subjects.Cycles.ThreeContextCycle.Payments;

    public sealed class Order
    {
        public bool Shipped { get; private set; }

        public void MarkShipped() => Shipped = true;
    }

    public sealed class Checkout
    {
        public bool Pay(Guid orderId, decimal amount) => PaymentDesk.Charge(orderId, amount);
    }
}

namespace FitnessKit.Subjects.Cycles.ThreeContextCycle.Payments
{
    using FitnessKit.Subjects.Cycles.ThreeContextCycle.Shipping;

    public static class PaymentDesk
    {
        public static bool Charge(Guid orderId, decimal amount) => amount > 0 && Dispatch.Request(orderId);
    }

    public sealed class Chargebacks
    {
        public void Reverse(Guid orderId) => Dispatch.Cancel(orderId);
    }
}

namespace FitnessKit.Subjects.Cycles.ThreeContextCycle.Shipping
{
    using FitnessKit.Subjects.Cycles.ThreeContextCycle.Orders;

    public static class Dispatch
    {
        public static bool Request(Guid orderId) => orderId != Guid.Empty;

        public static void Cancel(Guid orderId)
        {
        }
    }

    public sealed class DeliveryConfirmation
    {
        public void Confirm(Order order) => order.MarkShipped();
    }

    public sealed class ReturnsDesk
    {
        public bool CanReturn(Order order) => order.Shipped;
    }
}
