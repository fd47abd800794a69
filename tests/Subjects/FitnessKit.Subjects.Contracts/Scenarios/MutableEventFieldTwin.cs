// Compliant twin of MutableEventField: the field is readonly, and a static field is no state of an event.
namespace FitnessKit.Subjects.Contracts.MutableEventFieldTwin.Kernel
{
    public interface IIntegrationEvent;
}

namespace FitnessKit.Subjects.Contracts.MutableEventFieldTwin.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.MutableEventFieldTwin.Kernel;

    public sealed class OrderCancelled(Guid orderId) : IIntegrationEvent
    {
        public static string Topic = "orders";

        public readonly Guid OrderId = orderId;
    }
}
