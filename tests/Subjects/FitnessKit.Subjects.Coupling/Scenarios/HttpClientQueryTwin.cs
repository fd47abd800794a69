// The compliant twin of HttpClientQuery: Shipping's HttpClient-based client talks to a carrier and returns Shipping's
// own type; the orders come in with Orders' event, consumed into Shipping's projection.
using System.Net.Http.Json;

namespace FitnessKit.Subjects.Coupling.HttpClientQueryTwin.Orders.Contracts
{
    public sealed record OrderPlacedEvent(Guid OrderId, string Address);
}

namespace FitnessKit.Subjects.Coupling.HttpClientQueryTwin.Shipping
{
    using FitnessKit.Subjects.Coupling.HttpClientQueryTwin.Orders.Contracts;

    public sealed record TrackingInfo(string Carrier, string Status);

    public sealed class CarrierClient(HttpClient http)
    {
        public Task<TrackingInfo?> TrackAsync(string trackingNumber) => http.GetFromJsonAsync<TrackingInfo>($"track/{trackingNumber}");
    }

    public sealed class Shipments
    {
        private readonly HashSet<Guid> _toShip = [];

        public void ConsumeAsync(OrderPlacedEvent placed) => _toShip.Add(placed.OrderId);
    }
}
