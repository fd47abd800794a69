// Compliant twin of ProtectedMemberLeak: the protected member takes a contract type; a private one keeps the domain type.
namespace FitnessKit.Subjects.Contracts.ProtectedMemberLeakTwin.Orders.Domain
{
    public sealed class Order;
}

namespace FitnessKit.Subjects.Contracts.ProtectedMemberLeakTwin.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.ProtectedMemberLeakTwin.Orders.Domain;

    public sealed record OrderPlaced(Guid OrderId);

    public abstract class OrderSubscriber
    {
        protected abstract void OnPlaced(OrderPlaced placed);

        private protected virtual void Track(Order order)
        {
        }
    }
}
