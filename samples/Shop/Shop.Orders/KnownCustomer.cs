namespace Shop.Orders;

/// <summary>Orders' own copy of a customer, projected from <c>CustomerRegistered</c>.</summary>
internal sealed class KnownCustomer(Guid id, string name)
{
    public Guid Id { get; private set; } = id;

    public string Name { get; private set; } = name;
}
