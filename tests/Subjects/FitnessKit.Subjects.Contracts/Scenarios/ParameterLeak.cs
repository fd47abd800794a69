// Planted (FK010): a command API in Orders' contracts takes Orders' domain type as a parameter.
namespace FitnessKit.Subjects.Contracts.ParameterLeak.Orders.Domain
{
    public sealed class OrderLine(string sku, int quantity)
    {
        public string Sku { get; } = sku;

        public int Quantity { get; } = quantity;
    }
}

namespace FitnessKit.Subjects.Contracts.ParameterLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.ParameterLeak.Orders.Domain;

    public interface IOrderDesk
    {
        Guid Place(Guid customerId, OrderLine line);
    }
}
