namespace FitnessKit.Subjects.Rules.Ordering.Domain;

/// <summary>Ordering's aggregate: public for Ordering's own assemblies, but not a contract, so no other context may use it.</summary>
public sealed class Order(Guid id, string shippingAddress)
{
    public Guid Id { get; } = id;

    public string ShippingAddress { get; } = shippingAddress;

    public bool IsPaid { get; private set; }

    public void MarkPaid() => IsPaid = true;

    public string DeliveryLabel() => $"Order {Id} to {ShippingAddress}";
}
