using FitnessKit.Subjects.Rules.Ordering.Domain;

namespace FitnessKit.Subjects.Rules.Ordering.PublicRepository;

/// <summary>FK003: a public repository implementation (recognised by its name), which lets other code load and store Ordering's aggregates.</summary>
public sealed class OrderRepository
{
    private readonly Dictionary<Guid, Order> _orders = [];

    public void Add(Order order) => _orders[order.Id] = order;

    public Order? Find(Guid id) => _orders.GetValueOrDefault(id);
}
