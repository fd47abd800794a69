// Planted (FK010): an attribute on a contract type names Orders' domain type in its argument.
namespace FitnessKit.Subjects.Contracts.AttributeArgumentLeak.Kernel
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class DescribesAttribute(Type type) : Attribute
    {
        public Type Type { get; } = type;
    }
}

namespace FitnessKit.Subjects.Contracts.AttributeArgumentLeak.Orders.Domain
{
    public sealed class Order;
}

namespace FitnessKit.Subjects.Contracts.AttributeArgumentLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.AttributeArgumentLeak.Kernel;
    using FitnessKit.Subjects.Contracts.AttributeArgumentLeak.Orders.Domain;

    [Describes(typeof(Order))]
    public sealed record OrderDto(Guid Id);
}
