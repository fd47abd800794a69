// Planted (FK010): a public type nested in a contract type exposes Orders' domain type.
namespace FitnessKit.Subjects.Contracts.NestedTypeLeak.Orders.Domain
{
    public sealed class Sku(string code)
    {
        public string Code { get; } = code;
    }
}

namespace FitnessKit.Subjects.Contracts.NestedTypeLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.NestedTypeLeak.Orders.Domain;

    public sealed record OrderDto(Guid Id)
    {
        public sealed record Line(Sku Sku, int Quantity);
    }
}
