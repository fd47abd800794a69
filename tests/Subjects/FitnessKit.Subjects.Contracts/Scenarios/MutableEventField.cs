// Planted (FK011): an integration event (it implements the shared kernel's IIntegrationEvent) has a public field that is not readonly.
namespace FitnessKit.Subjects.Contracts.MutableEventField.Kernel
{
    public interface IIntegrationEvent;
}

namespace FitnessKit.Subjects.Contracts.MutableEventField.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.MutableEventField.Kernel;

    public sealed class OrderCancelled(Guid orderId) : IIntegrationEvent
    {
        public Guid OrderId = orderId;
    }
}
