using FitnessKit.Subjects.Rules.Ordering.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Rules.Ordering.PublicRepository;

/// <summary>FK003: a public repository implementation: named like one, and it touches persistence (a DbContext), which lets other code load and store Ordering's aggregates.</summary>
public sealed class OrderRepository(DbContext db)
{
    public void Add(Order order) => db.Add(order);

    public Order? Find(Guid id) => db.Find<Order>(id);
}
