// Compliant twin of NestedTypeLeak: the public nested type holds a string; a private nested type may use the domain type.
namespace FitnessKit.Subjects.Contracts.NestedTypeLeakTwin.Orders.Domain
{
    public sealed class Sku(string code)
    {
        public string Code { get; } = code;
    }
}

namespace FitnessKit.Subjects.Contracts.NestedTypeLeakTwin.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.NestedTypeLeakTwin.Orders.Domain;

    public sealed record OrderDto(Guid Id)
    {
        public sealed record Line(string Sku, int Quantity);

        private sealed record Parsed(Sku Sku);
    }
}
