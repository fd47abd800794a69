// Shipping reads Orders' orders over HTTP with a typed client of its own, built on HttpClient, that returns Orders'
// DTO: FK012. Orders publishes no event here, so the fix says it has to publish one first. The client is internal, so
// nothing of its signature is public surface: the check keeps its HttpClient dependency all the same.
using System.Net.Http.Json;

namespace FitnessKit.Subjects.Coupling.HttpClientQuery.Orders.Contracts
{
    public sealed record OrderDto(Guid Id, string Address);
}

namespace FitnessKit.Subjects.Coupling.HttpClientQuery.Shipping
{
    using FitnessKit.Subjects.Coupling.HttpClientQuery.Orders.Contracts;

    internal sealed class OrdersClient(HttpClient http)
    {
        public Task<OrderDto?> GetOrderAsync(Guid orderId, CancellationToken cancellationToken) =>
            http.GetFromJsonAsync<OrderDto>($"orders/{orderId}", cancellationToken);
    }
}
