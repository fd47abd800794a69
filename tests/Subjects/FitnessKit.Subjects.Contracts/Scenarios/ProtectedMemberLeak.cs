// Planted (FK010): a base class in Orders' contracts hands Orders' domain type to derived classes in other contexts.
namespace FitnessKit.Subjects.Contracts.ProtectedMemberLeak.Orders.Domain
{
    public sealed class Order;
}

namespace FitnessKit.Subjects.Contracts.ProtectedMemberLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.ProtectedMemberLeak.Orders.Domain;

    public abstract class OrderSubscriber
    {
        protected abstract void OnPlaced(Order order);
    }
}
