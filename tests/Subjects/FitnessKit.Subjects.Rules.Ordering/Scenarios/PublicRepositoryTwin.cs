using FitnessKit.Subjects.Rules.Ordering.Domain;

namespace FitnessKit.Subjects.Rules.Ordering.PublicRepositoryTwin;

/// <summary>The same repository implementation, internal.</summary>
internal sealed class OrderRepository
{
    private readonly Dictionary<Guid, Order> _orders = [];

    public void Add(Order order) => _orders[order.Id] = order;

    public Order? Find(Guid id) => _orders.GetValueOrDefault(id);
}
