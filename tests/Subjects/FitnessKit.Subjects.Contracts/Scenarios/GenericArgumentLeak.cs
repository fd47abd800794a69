// Planted (FK010): Orders' domain type hides in a generic argument of a contract property's type.
namespace FitnessKit.Subjects.Contracts.GenericArgumentLeak.Orders.Domain
{
    public sealed class OrderLine(string sku)
    {
        public string Sku { get; } = sku;
    }
}

namespace FitnessKit.Subjects.Contracts.GenericArgumentLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.GenericArgumentLeak.Orders.Domain;

    public sealed record OrderDto(Guid Id)
    {
        public IReadOnlyList<KeyValuePair<int, OrderLine>> Lines { get; init; } = [];
    }
}
