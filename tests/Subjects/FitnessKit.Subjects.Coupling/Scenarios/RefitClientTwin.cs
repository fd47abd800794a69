// The compliant twin of RefitClient: Shipping's Refit interface reaches only Shipping's own HTTP API and types; the
// order data it needs comes in with Orders' event.
namespace FitnessKit.Subjects.Coupling.RefitClientTwin.Orders.Contracts
{
    public sealed record OrderPlacedEvent(Guid OrderId, string Address);
}

namespace FitnessKit.Subjects.Coupling.RefitClientTwin.Shipping
{
    using FitnessKit.Subjects.Coupling.RefitClientTwin.Orders.Contracts;
    using Refit;

    public sealed record Parcel(Guid OrderId, string Address);

    public interface IParcelsApi
    {
        [Get("/parcels/{orderId}")]
        Task<Parcel> GetParcelAsync(Guid orderId);
    }

    public sealed class ParcelBook
    {
        private readonly List<Parcel> _parcels = [];

        public void Handle(OrderPlacedEvent placed) => _parcels.Add(new Parcel(placed.OrderId, placed.Address));
    }
}
