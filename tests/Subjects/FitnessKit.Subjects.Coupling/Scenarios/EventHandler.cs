// Shipping consumes Orders' event through a handler interface: OrderPlaced has no marker and no "Event" in its name,
// so it is an event because another context's handler takes it. Events consumed, no query.
namespace FitnessKit.Subjects.Coupling.EventHandler.Orders.Contracts
{
    public sealed record OrderPlaced(Guid OrderId, string Address);
}

namespace FitnessKit.Subjects.Coupling.EventHandler.Messaging
{
    public interface IMessageHandler<in TMessage>
    {
        Task Handle(TMessage message, CancellationToken cancellationToken);
    }
}

namespace FitnessKit.Subjects.Coupling.EventHandler.Shipping
{
    using FitnessKit.Subjects.Coupling.EventHandler.Messaging;
    using FitnessKit.Subjects.Coupling.EventHandler.Orders.Contracts;

    public sealed class AddressBook : IMessageHandler<OrderPlaced>
    {
        private readonly Dictionary<Guid, string> _addresses = [];

        public Task Handle(OrderPlaced message, CancellationToken cancellationToken)
        {
            _addresses[message.OrderId] = message.Address;
            return Task.CompletedTask;
        }

        public string? AddressOf(Guid orderId) => _addresses.GetValueOrDefault(orderId);
    }
}
