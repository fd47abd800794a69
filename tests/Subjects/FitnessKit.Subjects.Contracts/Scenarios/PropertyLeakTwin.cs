// Compliant twin of PropertyLeak: the event exposes a contract DTO; the domain type stays in an internal member.
namespace FitnessKit.Subjects.Contracts.PropertyLeakTwin.Orders.Domain
{
    public sealed class Order(Guid id)
    {
        public Guid Id { get; } = id;
    }
}

namespace FitnessKit.Subjects.Contracts.PropertyLeakTwin.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.PropertyLeakTwin.Orders.Domain;

    #region fk010-property-leak-fixed
    public sealed record OrderSummary(Guid Id, decimal Total);

    public sealed record OrderPlaced(Guid OrderId)
    {
        public required OrderSummary Order { get; init; }

        internal Order? Source { get; init; }
    }
    #endregion
}
