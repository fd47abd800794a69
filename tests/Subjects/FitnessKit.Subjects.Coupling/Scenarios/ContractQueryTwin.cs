// The compliant twin of ContractQuery: Shipping keeps the addresses it needs, fed by Orders' OrderPlaced event, and
// prints labels from its own projection. Orders still offers its query interface; nobody in Shipping calls it.
namespace FitnessKit.Subjects.Coupling.ContractQueryTwin.Orders.Contracts
{
    public sealed record OrderDto(Guid Id, string Address);

    public sealed record OrderPlaced(Guid OrderId, string Address) : IIntegrationEvent;

    public interface IIntegrationEvent;

    public interface IOrderQueries
    {
        Task<OrderDto?> GetOrderAsync(Guid orderId, CancellationToken cancellationToken);
    }
}

namespace FitnessKit.Subjects.Coupling.ContractQueryTwin.Shipping
{
    using FitnessKit.Subjects.Coupling.ContractQueryTwin.Orders.Contracts;

    #region fk012-label-printer-projection
    public sealed class LabelPrinter
    {
        private readonly Dictionary<Guid, string> _addresses = [];

        public void OnOrderPlaced(OrderPlaced placed) => _addresses[placed.OrderId] = placed.Address;

        public string Label(Guid orderId) => _addresses.GetValueOrDefault(orderId) ?? "unknown";
    }
    #endregion
}
