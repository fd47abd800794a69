using FitnessKit.Subjects.Rules.Ordering.Domain;

namespace FitnessKit.Subjects.Rules.Shipping.DomainCreatedThenCalled;

/// <summary>FK001: makes one of Ordering's Order aggregates on one line and asks it for its label on the next; the finding is placed at the first.</summary>
public sealed class ReturnLabel
{
    private object? _last;

    public string Print(Guid orderId, string address)
    {
        _last ??= new Order(orderId, address);
        return ((Order)_last).DeliveryLabel();
    }
}
