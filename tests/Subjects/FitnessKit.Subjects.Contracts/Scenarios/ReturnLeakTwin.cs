// Compliant twin of ReturnLeak: the query API returns a contract DTO.
namespace FitnessKit.Subjects.Contracts.ReturnLeakTwin.Orders.Domain
{
    public sealed class Order(Guid id)
    {
        public Guid Id { get; } = id;
    }
}

namespace FitnessKit.Subjects.Contracts.ReturnLeakTwin.Orders.Contracts
{
    public sealed record OrderDto(Guid Id);

    public interface IOrderQueries
    {
        OrderDto? Find(Guid orderId);
    }
}
