// Planted (FK010): a query API in Orders' contracts returns Orders' domain type.
namespace FitnessKit.Subjects.Contracts.ReturnLeak.Orders.Domain
{
    public sealed class Order(Guid id)
    {
        public Guid Id { get; } = id;
    }
}

namespace FitnessKit.Subjects.Contracts.ReturnLeak.Orders.Contracts
{
    using FitnessKit.Subjects.Contracts.ReturnLeak.Orders.Domain;

    public interface IOrderQueries
    {
        Order? Find(Guid orderId);
    }
}
