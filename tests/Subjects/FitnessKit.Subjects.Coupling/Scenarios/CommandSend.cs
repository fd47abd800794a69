// Shipping tells Orders what happened to a parcel: it sends Orders' command through a bus of no context, and calls
// Orders' contract methods that return nothing, or only whether it worked. Commands, no query.
namespace FitnessKit.Subjects.Coupling.CommandSend.Orders.Contracts
{
    public sealed record MarkDeliveredCommand(Guid OrderId, DateTimeOffset DeliveredAt);

    public interface IOrderDesk
    {
        Task HoldAsync(Guid orderId, string reason);

        bool Reopen(Guid orderId);
    }
}

namespace FitnessKit.Subjects.Coupling.CommandSend.Messaging
{
    public interface ICommandBus
    {
        Task SendAsync<TCommand>(TCommand command);
    }
}

namespace FitnessKit.Subjects.Coupling.CommandSend.Shipping
{
    using FitnessKit.Subjects.Coupling.CommandSend.Messaging;
    using FitnessKit.Subjects.Coupling.CommandSend.Orders.Contracts;

    public sealed class Courier(ICommandBus bus, IOrderDesk orders)
    {
        public Task DeliveredAsync(Guid orderId) => bus.SendAsync(new MarkDeliveredCommand(orderId, DateTimeOffset.UtcNow));

        public async Task LostAsync(Guid orderId)
        {
            await orders.HoldAsync(orderId, "parcel lost");
            if (!orders.Reopen(orderId))
            {
                throw new InvalidOperationException("Orders would not reopen the order.");
            }
        }
    }
}
