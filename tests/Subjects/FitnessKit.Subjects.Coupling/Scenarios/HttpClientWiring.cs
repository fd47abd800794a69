// Shipping, deployed apart from Orders, builds Orders' contract client on an HttpClient of its own and hands it out as
// Orders' query interface: wiring, not a query (FK012 silent). The client is Orders' own, in its contracts; the query
// is asked where Shipping calls it, and here nothing does: Shipping takes Orders' events.
using System.Net.Http.Json;

namespace FitnessKit.Subjects.Coupling.HttpClientWiring.Orders.Contracts
{
    public sealed record OrderDto(Guid Id, string Address);

    public sealed record OrderPlacedEvent(Guid OrderId, string Address);

    public interface IOrderQueries
    {
        Task<OrderDto?> GetOrderAsync(Guid orderId);
    }

    public sealed class OrderQueriesClient(HttpClient http) : IOrderQueries
    {
        public Task<OrderDto?> GetOrderAsync(Guid orderId) => http.GetFromJsonAsync<OrderDto>($"orders/{orderId}");
    }
}

namespace FitnessKit.Subjects.Coupling.HttpClientWiring.Shipping
{
    using FitnessKit.Subjects.Coupling.HttpClientWiring.Orders.Contracts;

    public static class OrdersConnection
    {
        public static IOrderQueries Connect(HttpClient http) => new OrderQueriesClient(http);
    }

    public sealed class Shipments
    {
        private readonly HashSet<Guid> _toShip = [];

        public void ConsumeAsync(OrderPlacedEvent placed) => _toShip.Add(placed.OrderId);
    }
}
