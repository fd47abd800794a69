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
        // The switch compiles to IL's switch instruction, whose jump table the call reader steps over to find the call after it.
        public string Label(Guid orderId, int copies) => copies switch
        {
            0 => string.Empty,
            1 => "one copy",
            2 => "two copies",
            _ => "many copies",
        } + orders.AddressOf(orderId);
    }
}
