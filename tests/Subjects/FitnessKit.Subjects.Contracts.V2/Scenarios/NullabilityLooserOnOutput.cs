// FK013, breaking: V2 may give null where consumers read (a property, an element of a list, a return value).
namespace FitnessKit.Subjects.Contracts.NullabilityLooserOnOutput;

public sealed class CustomerView
{
    public string? Name { get; init; }

    public IReadOnlyList<string?> Tags { get; init; } = [];

    public string? Describe() => Name;
}
