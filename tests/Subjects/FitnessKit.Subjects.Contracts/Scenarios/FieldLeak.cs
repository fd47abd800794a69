// Planted (FK010): a public field of an Orders contract type holds Orders' domain type.
namespace FitnessKit.Subjects.Contracts.FieldLeak.Orders.Domain
{
    public sealed class OrderStatus(string name)
    {
        public string Name { get; } = name;
    }
}

namespace FitnessKit.Subjects.Contracts.FieldLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.FieldLeak.Orders.Domain;

    public sealed class OrderStatusChanged(Guid orderId, OrderStatus status)
    {
        public readonly Guid OrderId = orderId;
        public readonly OrderStatus Status = status;
    }
}
