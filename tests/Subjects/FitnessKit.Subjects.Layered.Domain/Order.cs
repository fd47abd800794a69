namespace FitnessKit.Subjects.Layered.Domain;

/// <summary>A public aggregate that only Sales' own assemblies use (Application places it, Infrastructure maps it): compliant under the context boundary.</summary>
public sealed class Order
{
    public Guid Id { get; init; }

    public decimal Total { get; private set; }

    public void AddLine(decimal amount) => Total += amount;
}
