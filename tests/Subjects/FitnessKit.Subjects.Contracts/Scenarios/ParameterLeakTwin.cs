// Compliant twin of ParameterLeak: the command API takes a contract type.
namespace FitnessKit.Subjects.Contracts.ParameterLeakTwin.Orders.Domain
{
    public sealed class OrderLine(string sku, int quantity)
    {
        public string Sku { get; } = sku;

        public int Quantity { get; } = quantity;
    }
}

namespace FitnessKit.Subjects.Contracts.ParameterLeakTwin.Orders.Contracts
{
    public sealed record OrderLineRequest(string Sku, int Quantity);

    public interface IOrderDesk
    {
        Guid Place(Guid customerId, OrderLineRequest line);
    }
}
