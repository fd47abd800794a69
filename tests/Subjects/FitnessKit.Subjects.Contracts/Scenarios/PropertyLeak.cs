// Planted (FK010): an Orders event exposes Orders' domain type Order through a property.
namespace FitnessKit.Subjects.Contracts.PropertyLeak.Orders.Domain
{
    public sealed class Order(Guid id)
    {
        public Guid Id { get; } = id;
    }
}

namespace FitnessKit.Subjects.Contracts.PropertyLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.PropertyLeak.Orders.Domain;

    #region fk010-property-leak
    public sealed record OrderPlaced(Guid OrderId)
    {
        public required Order Order { get; init; }
    }
    #endregion
}
