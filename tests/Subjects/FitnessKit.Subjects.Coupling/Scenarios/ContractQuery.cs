// Shipping asks Orders for an order each time it prints a label, through Orders' contract query interface: FK012.
namespace FitnessKit.Subjects.Coupling.ContractQuery.Orders.Contracts
{
    public sealed record OrderDto(Guid Id, string Address);

    public sealed record OrderPlaced(Guid OrderId, string Address) : IIntegrationEvent;

    public interface IIntegrationEvent;

    #region fk012-order-queries
    public interface IOrderQueries
    {
        Task<OrderDto?> GetOrderAsync(Guid orderId, CancellationToken cancellationToken);

        bool IsCancelled(Guid orderId);
    }
    #endregion
}

namespace FitnessKit.Subjects.Coupling.ContractQuery.Shipping
{
    using FitnessKit.Subjects.Coupling.ContractQuery.Orders.Contracts;

    #region fk012-label-printer
    public sealed class LabelPrinter(IOrderQueries orders)
    {
        public async Task<string> LabelAsync(Guid orderId, CancellationToken cancellationToken)
        {
            if (orders.IsCancelled(orderId))
            {
                return "cancelled";
            }

            var order = await orders.GetOrderAsync(orderId, cancellationToken);
            return order?.Address ?? "unknown";
        }
    }
    #endregion
}
