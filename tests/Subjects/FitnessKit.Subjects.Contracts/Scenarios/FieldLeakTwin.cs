// Compliant twin of FieldLeak: the public field holds a string; the domain type is in a private field.
namespace FitnessKit.Subjects.Contracts.FieldLeakTwin.Orders.Domain
{
    public sealed class OrderStatus(string name)
    {
        public string Name { get; } = name;
    }
}

namespace FitnessKit.Subjects.Contracts.FieldLeakTwin.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.FieldLeakTwin.Orders.Domain;

    public sealed class OrderStatusChanged(Guid orderId, string status)
    {
        public readonly Guid OrderId = orderId;
        public readonly string Status = status;
        private readonly OrderStatus? _source;

        public override string ToString() => _source?.Name ?? Status;
    }
}
