// FK013, additive only: V2 adds an optional property, a method overload, a type and an enum value at the end.
namespace FitnessKit.Subjects.Contracts.AdditiveChanges;

public sealed class Cart
{
    public Guid Id { get; init; }

    public IReadOnlyList<string> Items { get; init; } = [];

    public string? Coupon { get; init; }

    public void Add(string sku)
    {
    }

    public void Add(string sku, int quantity)
    {
    }
}

public enum Channel
{
    Web = 0,
    Store = 1,
    App = 2,
}

public sealed record GiftCard(string Code, decimal Balance);
