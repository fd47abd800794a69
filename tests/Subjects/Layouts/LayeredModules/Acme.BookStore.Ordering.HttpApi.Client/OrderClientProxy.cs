using System.Net.Http.Json;

using Acme.BookStore.Ordering.Orders;

namespace Acme.BookStore.Ordering.HttpApi.Client;

/// <summary>Calls Ordering's application service over HTTP, for a service deployed apart from Ordering.</summary>
public class OrderClientProxy(HttpClient http) : IOrderAppService
{
    public Task<OrderDto?> GetAsync(Guid id) => http.GetFromJsonAsync<OrderDto>($"api/ordering/orders/{id}");

    public async Task<IReadOnlyList<OrderDto>> GetPlacedSinceAsync(DateTime since) =>
        await http.GetFromJsonAsync<List<OrderDto>>($"api/ordering/orders?since={since:O}") ?? [];
}
