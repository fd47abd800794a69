// Shipping asks an internal class of Orders for data: a query on the coupling map, but FK001's to report (Shipping
// reaches past Orders' contracts), so FK012 says nothing.
namespace FitnessKit.Subjects.Coupling.InternalQuery.Orders.Contracts
{
    public sealed record OrderPlacedEvent(Guid OrderId);
}

namespace FitnessKit.Subjects.Coupling.InternalQuery.Orders
{
    public sealed class OrderLookup
    {
        public string AddressOf(Guid orderId) => orderId.ToString();
    }
}

namespace FitnessKit.Subjects.Coupling.InternalQuery.Shipping
{
    using FitnessKit.Subjects.Coupling.InternalQuery.Orders;

    public sealed class Labels(OrderLookup orders)
    {
        public string Label(Guid orderId) => orders.AddressOf(orderId);
    }
}
