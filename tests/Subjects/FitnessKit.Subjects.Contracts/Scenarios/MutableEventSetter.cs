// Planted (FK011): an integration event (its name ends with Event) has a public setter.
namespace FitnessKit.Subjects.Contracts.MutableEventSetter.Orders.Contracts
{
    #region fk011-mutable-event
    public sealed class OrderShippedEvent
    {
        public Guid OrderId { get; set; }

        public DateTimeOffset ShippedAt { get; init; }
    }
    #endregion
}
