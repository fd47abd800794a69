using FitnessKit.Subjects.Rules.Ordering.Domain;

namespace FitnessKit.Subjects.Rules.Ordering.InMemoryRepository;

/// <summary>Named like a repository but touches no persistence (no DbContext, DbSet, connection or command): a name alone is weak evidence, so FK003 does not report it.</summary>
public sealed class InMemoryOrderRepository
{
    private readonly Dictionary<Guid, Order> _orders = [];

    public void Add(Order order) => _orders[order.Id] = order;

    public Order? Find(Guid id) => _orders.GetValueOrDefault(id);
}
