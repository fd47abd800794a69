// Compliant twin of AttributeArgumentLeak: the attribute names a contract type, and another an internal type, which consumers cannot see.
namespace FitnessKit.Subjects.Contracts.AttributeArgumentLeakTwin.Kernel
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Property)]
    public sealed class DescribesAttribute(Type type) : Attribute
    {
        public Type Type { get; } = type;
    }
}

namespace FitnessKit.Subjects.Contracts.AttributeArgumentLeakTwin.Orders.Domain
{
    internal sealed class OrderFormat;
}

namespace FitnessKit.Subjects.Contracts.AttributeArgumentLeakTwin.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.AttributeArgumentLeakTwin.Kernel;
    using FitnessKit.Subjects.Contracts.AttributeArgumentLeakTwin.Orders.Domain;

    public sealed record OrderLineDto(string Sku);

    [Describes(typeof(OrderLineDto))]
    public sealed record OrderDto(Guid Id)
    {
        [Describes(typeof(OrderFormat))]
        public string Format { get; init; } = "standard";
    }
}
