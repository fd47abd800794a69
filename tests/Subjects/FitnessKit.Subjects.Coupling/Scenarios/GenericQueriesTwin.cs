// The compliant twin of GenericQueries: Orders still offers its generic queries, and Shipping keeps the addresses it
// needs in a projection of its own, fed by Orders' OrderPlaced event; nobody in Shipping calls a query of Orders'.
namespace FitnessKit.Subjects.Coupling.GenericQueriesTwin.Orders.Contracts
{
    public sealed record OrderPlaced(Guid OrderId, string Address) : IIntegrationEvent;

    public interface IIntegrationEvent;

    public interface IReadModel<TRow>
    {
        IReadOnlyList<TRow> All();
    }

    public interface IOrderQueries
    {
        IReadOnlyList<TResult> Find<TResult>(int page);
    }
}

namespace FitnessKit.Subjects.Coupling.GenericQueriesTwin.Shipping
{
    using FitnessKit.Subjects.Coupling.GenericQueriesTwin.Orders.Contracts;

    public sealed class Dispatch
    {
        private readonly Dictionary<Guid, string> _addresses = [];

        public void OnOrderPlaced(OrderPlaced placed) => _addresses[placed.OrderId] = placed.Address;

        public int Count() => _addresses.Count;

        public string? Address(Guid id) => _addresses.GetValueOrDefault(id);
    }
}
