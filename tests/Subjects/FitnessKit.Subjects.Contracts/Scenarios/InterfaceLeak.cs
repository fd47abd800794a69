// Planted (FK010): an Orders contract type implements an interface of Orders' domain.
namespace FitnessKit.Subjects.Contracts.InterfaceLeak.Orders.Domain
{
    public interface IPriced
    {
        decimal Total { get; }
    }
}

namespace FitnessKit.Subjects.Contracts.InterfaceLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.InterfaceLeak.Orders.Domain;

    public sealed record OrderDto(Guid Id, decimal Total) : IPriced;
}
