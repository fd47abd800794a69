using FitnessKit.Subjects.Layered.Domain;

namespace FitnessKit.Subjects.Layered.Infrastructure;

/// <summary>Infrastructure's own use of the DbContext, inside its assembly.</summary>
internal sealed class OrderStore(SalesDbContext db)
{
    public Order? Find(Guid id) => db.Orders.FirstOrDefault(o => o.Id == id);
}
