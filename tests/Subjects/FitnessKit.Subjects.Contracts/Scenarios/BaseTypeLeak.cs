// Planted (FK010): an Orders event derives from a base class of Orders' domain.
namespace FitnessKit.Subjects.Contracts.BaseTypeLeak.Orders.Domain
{
    public abstract class DomainFact
    {
        public DateTimeOffset OccurredAt { get; init; }
    }
}

namespace FitnessKit.Subjects.Contracts.BaseTypeLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.BaseTypeLeak.Orders.Domain;

    public sealed class OrderArchived : DomainFact
    {
        public Guid OrderId { get; init; }
    }
}
