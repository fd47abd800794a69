namespace FitnessKit.Subjects.Layered.Domain;

/// <summary>FK003: a public aggregate, mapped by Sales' DbContext, that context Reporting uses.</summary>
public sealed class Customer
{
    public Guid Id { get; init; }

    public string Name { get; init; } = string.Empty;
}
