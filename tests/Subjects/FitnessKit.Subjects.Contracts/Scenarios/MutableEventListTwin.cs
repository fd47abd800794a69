// Compliant twin of MutableEventList: the event holds a read-only list.
namespace FitnessKit.Subjects.Contracts.MutableEventListTwin.Kernel
{
    public abstract record IntegrationEvent
    {
        public Guid EventId { get; init; } = Guid.NewGuid();
    }
}

namespace FitnessKit.Subjects.Contracts.MutableEventListTwin.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.MutableEventListTwin.Kernel;

    public sealed record OrderPlaced(Guid OrderId, IReadOnlyList<string> Skus) : IntegrationEvent;
}
