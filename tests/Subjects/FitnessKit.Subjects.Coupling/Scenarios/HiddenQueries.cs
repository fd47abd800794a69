// Shipping asks Orders from members whose calls the compiler moves out of sight: a lambda, a local function, a property
// getter, an event accessor, an iterator's state machine, and the second of two overloads (the first asks nothing):
// FK012, once per member.
namespace FitnessKit.Subjects.Coupling.HiddenQueries.Orders.Contracts
{
    public sealed record OrderDto(Guid Id, string Address);

    public sealed record OrderPlaced(Guid OrderId, string Address) : IIntegrationEvent;

    public interface IIntegrationEvent;

    public interface IOrderQueries
    {
        string AddressOf(Guid orderId);

        int CountOpen();

        bool IsCancelled(Guid orderId);

        decimal TotalOf(Guid orderId);

        OrderDto? Find(Guid orderId);
    }
}

namespace FitnessKit.Subjects.Coupling.HiddenQueries.Shipping
{
    using FitnessKit.Subjects.Coupling.HiddenQueries.Orders.Contracts;

    public sealed class Manifest(IOrderQueries orders)
    {
        private System.EventHandler? _printed;

        public event System.EventHandler? Printed
        {
            add => _printed += orders.CountOpen() > 0 ? value : null;
            remove => _printed -= value;
        }

        public int OpenOrders => orders.CountOpen();

        public IReadOnlyList<string> Addresses(IEnumerable<Guid> orderIds) => orderIds.Select(id => orders.AddressOf(id)).ToList();

        public IEnumerable<bool> Cancelled(IEnumerable<Guid> orderIds)
        {
            foreach (var id in orderIds)
            {
                yield return orders.IsCancelled(id);
            }
        }

        public decimal Total(Guid orderId)
        {
            return Sum();

            decimal Sum() => orders.TotalOf(orderId);
        }

        public string Label(int copies) => $"{copies} copies";

        public string Label(Guid orderId) => orders.Find(orderId)?.Address ?? "unknown";
    }
}
