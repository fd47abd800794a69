// FK013, additive only: V2 adds an optional property, a method overload, a type and an enum value at the end.
namespace FitnessKit.Subjects.Contracts.AdditiveChanges;

public sealed class Cart
{
    public Guid Id { get; init; }

    public IReadOnlyList<string> Items { get; init; } = [];

    public void Add(string sku)
    {
    }
}

public enum Channel
{
    Web = 0,
    Store = 1,
}
