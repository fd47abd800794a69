using FitnessKit.Subjects.Layered.Domain;

namespace FitnessKit.Subjects.Layered.Application;

/// <summary>Sales' Application layer uses its Domain aggregate: within the context.</summary>
public sealed class OrderPlacement
{
    public Order Place(decimal amount)
    {
        var order = new Order { Id = Guid.NewGuid() };
        order.AddLine(amount);
        return order;
    }
}
