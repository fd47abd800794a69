// Compliant twin of InterfaceLeak: the contract type implements a framework interface only.
namespace FitnessKit.Subjects.Contracts.InterfaceLeakTwin.Orders.Domain
{
    public interface IPriced
    {
        decimal Total { get; }
    }
}

namespace FitnessKit.Subjects.Contracts.InterfaceLeakTwin.Orders.Contracts
{
    public sealed record OrderDto(Guid Id, decimal Total) : IComparable<OrderDto>
    {
        public int CompareTo(OrderDto? other) => Total.CompareTo(other?.Total ?? 0m);
    }
}
