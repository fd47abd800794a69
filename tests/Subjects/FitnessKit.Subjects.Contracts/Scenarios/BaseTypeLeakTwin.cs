// Compliant twin of BaseTypeLeak: the event derives from a base class of the shared kernel.
namespace FitnessKit.Subjects.Contracts.BaseTypeLeakTwin.Kernel
{
    public abstract class Fact
    {
        public DateTimeOffset OccurredAt { get; init; }
    }
}

namespace FitnessKit.Subjects.Contracts.BaseTypeLeakTwin.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.BaseTypeLeakTwin.Kernel;

    public sealed class OrderArchived : Fact
    {
        public Guid OrderId { get; init; }
    }
}
