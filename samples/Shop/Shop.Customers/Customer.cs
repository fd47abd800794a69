namespace Shop.Customers;

internal sealed class Customer(Guid id, string name, string email, DateTimeOffset registeredAt)
{
    public Guid Id { get; private set; } = id;

    public string Name { get; private set; } = name;

    public string Email { get; private set; } = email;

    public DateTimeOffset RegisteredAt { get; private set; } = registeredAt;

    public static Customer Register(string name, string email, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return new Customer(Guid.NewGuid(), name.Trim(), email.Trim(), clock.GetUtcNow());
    }
}
