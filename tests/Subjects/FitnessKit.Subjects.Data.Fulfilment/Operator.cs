namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>Reached only through <see cref="TrackedEntity.CreatedBy"/>, a base class's navigation: its table is Operator.</summary>
public sealed class Operator
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;
}
