// Shipping sends Orders' query message through a mediator of no context and waits for the answer: FK012.
namespace FitnessKit.Subjects.Coupling.QueryMessage.Orders.Contracts
{
    using FitnessKit.Subjects.Coupling.QueryMessage.Messaging;

    public sealed record OrderDto(Guid Id, string Address);

    public sealed record GetOrderQuery(Guid OrderId) : IRequest<OrderDto>;

    public sealed record OrderPlacedEvent(Guid OrderId, string Address);
}

namespace FitnessKit.Subjects.Coupling.QueryMessage.Messaging
{
    public interface IRequest<TResponse>;

    public interface IMediator
    {
        Task<TResponse> Send<TResponse>(IRequest<TResponse> request);
    }
}

namespace FitnessKit.Subjects.Coupling.QueryMessage.Shipping
{
    using FitnessKit.Subjects.Coupling.QueryMessage.Messaging;
    using FitnessKit.Subjects.Coupling.QueryMessage.Orders.Contracts;

    public sealed class Dispatch(IMediator mediator)
    {
        public async Task<string> AddressAsync(Guid orderId) => (await mediator.Send(new GetOrderQuery(orderId))).Address;
    }
}
