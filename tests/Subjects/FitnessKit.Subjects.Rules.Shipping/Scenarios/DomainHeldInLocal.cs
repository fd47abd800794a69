using FitnessKit.Subjects.Rules.Ordering.Domain;

namespace FitnessKit.Subjects.Rules.Shipping.DomainHeldInLocal;

/// <summary>FK001: holds one of Ordering's Order aggregates in a local variable; the finding is placed at the line that makes it, not at the method's brace.</summary>
public sealed class PackingSlip
{
    public string Print(Guid orderId, string address)
    {
        var order = new Order(orderId, address);
        return order.DeliveryLabel();
    }
}
