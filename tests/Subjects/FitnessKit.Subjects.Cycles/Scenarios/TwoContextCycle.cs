// Planted (FK009): Orders and Payments call each other, each through the other's contracts, which the map allows both
// ways: Orders -> Payments (two types) and Payments -> Orders (one type, so it closes the cycle).
namespace FitnessKit.Subjects.Cycles.TwoContextCycle.Orders.Contracts
{
    public interface IOrderBook
    {
        void MarkRefunded(Guid orderId);
    }
}

namespace FitnessKit.Subjects.Cycles.TwoContextCycle.Payments.Contracts
{
    public interface IPaymentGate
    {
        bool Charge(Guid orderId, decimal amount);
    }
}

namespace FitnessKit.Subjects.Cycles.TwoContextCycle.Orders
{
    using FitnessKit.Subjects.Cycles.TwoContextCycle.Payments.Contracts;

    #region fk009-two-context-cycle-checkout
    public sealed class Checkout(IPaymentGate payments)
    {
        public bool Pay(Guid orderId, decimal amount) => payments.Charge(orderId, amount);
    }
    #endregion

    public sealed class PaymentRetry(IPaymentGate payments)
    {
        public bool Retry(Guid orderId, decimal amount) => payments.Charge(orderId, amount);
    }
}

namespace FitnessKit.Subjects.Cycles.TwoContextCycle.Payments
{
    using FitnessKit.Subjects.Cycles.TwoContextCycle.Orders.Contracts;

    #region fk009-two-context-cycle-refunds
    public sealed class Refunds(IOrderBook orders)
    {
        public void Refund(Guid orderId) => orders.MarkRefunded(orderId);
    }
    #endregion
}
