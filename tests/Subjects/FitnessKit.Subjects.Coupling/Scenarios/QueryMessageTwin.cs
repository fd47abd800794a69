// The compliant twin of QueryMessage: Shipping sends no query; it notes addresses from Orders' event as they come.
namespace FitnessKit.Subjects.Coupling.QueryMessageTwin.Orders.Contracts
{
    public sealed record GetOrderQuery(Guid OrderId);

    public sealed record OrderPlacedEvent(Guid OrderId, string Address);
}

namespace FitnessKit.Subjects.Coupling.QueryMessageTwin.Shipping
{
    using FitnessKit.Subjects.Coupling.QueryMessageTwin.Orders.Contracts;

    public sealed class Dispatch
    {
        private readonly Dictionary<Guid, string> _addresses = [];

        public void OnPlaced(OrderPlacedEvent placed) => _addresses[placed.OrderId] = placed.Address;

        public string Address(Guid orderId) => _addresses[orderId];
    }
}
