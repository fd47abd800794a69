// Compliant twin of MutableEventSetter: the event's properties are init-only; a DTO, which is no event, may have setters.
namespace FitnessKit.Subjects.Contracts.MutableEventSetterTwin.Orders.Contracts
{
    #region fk011-mutable-event-fixed
    public sealed class OrderShippedEvent
    {
        public Guid OrderId { get; init; }

        public DateTimeOffset ShippedAt { get; init; }
    }
    #endregion

    public sealed class OrderForm
    {
        public Guid CustomerId { get; set; }

        public List<string> Skus { get; set; } = [];
    }
}
