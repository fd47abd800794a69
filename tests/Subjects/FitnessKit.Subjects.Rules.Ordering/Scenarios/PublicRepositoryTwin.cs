using FitnessKit.Subjects.Rules.Ordering.Domain;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Rules.Ordering.PublicRepositoryTwin;

/// <summary>The same repository implementation, internal.</summary>
internal sealed class OrderRepository(DbContext db)
{
    public void Add(Order order) => db.Add(order);

    public Order? Find(Guid id) => db.Find<Order>(id);
}
