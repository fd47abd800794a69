// Planted (FK011): an integration event (a record deriving from an IntegrationEvent base) holds a List<T>.
namespace FitnessKit.Subjects.Contracts.MutableEventList.Kernel
{
    public abstract record IntegrationEvent
    {
        public Guid EventId { get; init; } = Guid.NewGuid();
    }
}

namespace FitnessKit.Subjects.Contracts.MutableEventList.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.MutableEventList.Kernel;

    public sealed record OrderPlaced(Guid OrderId, List<string> Skus) : IntegrationEvent;
}
