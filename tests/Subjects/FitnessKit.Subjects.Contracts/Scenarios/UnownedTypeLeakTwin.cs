// Compliant twin of UnownedTypeLeak: the contract exposes a framework type.
namespace FitnessKit.Subjects.Contracts.UnownedTypeLeakTwin.Tools
{
    public sealed class Clock
    {
        public DateTimeOffset Now => DateTimeOffset.UnixEpoch;
    }
}

namespace FitnessKit.Subjects.Contracts.UnownedTypeLeakTwin.Orders.Contracts
{
    public sealed record OrderDto(Guid Id, TimeProvider Clock);
}
