// Compliant twin of TwoContextCycle: Payments tells Orders of a refund with an event from its own contracts, which
// Orders consumes, so both dependencies point from Orders to Payments. Orders keeps its contract, which nobody uses now.
namespace FitnessKit.Subjects.Cycles.TwoContextCycleTwin.Orders.Contracts
{
    public interface IOrderBook
    {
        void MarkRefunded(Guid orderId);
    }
}

namespace FitnessKit.Subjects.Cycles.TwoContextCycleTwin.Payments.Contracts
{
    public interface IPaymentGate
    {
        bool Charge(Guid orderId, decimal amount);
    }

    #region fk009-two-context-cycle-twin-refund-issued
    public sealed record RefundIssued(Guid OrderId);
    #endregion
}

namespace FitnessKit.Subjects.Cycles.TwoContextCycleTwin.Orders
{
    using FitnessKit.Subjects.Cycles.TwoContextCycleTwin.Payments.Contracts;

    public sealed class Checkout(IPaymentGate payments)
    {
        public bool Pay(Guid orderId, decimal amount) => payments.Charge(orderId, amount);
    }

    public sealed class PaymentRetry(IPaymentGate payments)
    {
        public bool Retry(Guid orderId, decimal amount) => payments.Charge(orderId, amount);
    }

    #region fk009-two-context-cycle-twin-refunded-orders
    public sealed class RefundedOrders
    {
        public List<Guid> Refunded { get; } = [];

        public void Handle(RefundIssued refund) => Refunded.Add(refund.OrderId);
    }
    #endregion
}

namespace FitnessKit.Subjects.Cycles.TwoContextCycleTwin.Payments
{
    using FitnessKit.Subjects.Cycles.TwoContextCycleTwin.Payments.Contracts;

    #region fk009-two-context-cycle-twin-refunds
    public sealed class Refunds(Action<RefundIssued> publish)
    {
        public void Refund(Guid orderId) => publish(new RefundIssued(orderId));
    }
    #endregion
}
