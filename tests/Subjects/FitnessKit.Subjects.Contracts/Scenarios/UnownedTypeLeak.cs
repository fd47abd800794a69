// Planted (FK010): an Orders contract exposes a first-party type of no context (a Tools namespace the map leaves out).
namespace FitnessKit.Subjects.Contracts.UnownedTypeLeak.Tools
{
    public sealed class Clock
    {
        public DateTimeOffset Now => DateTimeOffset.UnixEpoch;
    }
}

namespace FitnessKit.Subjects.Contracts.UnownedTypeLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.UnownedTypeLeak.Tools;

    public sealed record OrderDto(Guid Id, Clock Clock);
}
