// Compliant twin of GenericArgumentLeak: the generic argument is a contract type.
namespace FitnessKit.Subjects.Contracts.GenericArgumentLeakTwin.Orders.Contracts
{
    public sealed record OrderLineDto(string Sku);

    public sealed record OrderDto(Guid Id)
    {
        public IReadOnlyList<KeyValuePair<int, OrderLineDto>> Lines { get; init; } = [];
    }
}
