namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>One side of a many-to-many through a join entity class, <see cref="PickAssignment"/>.</summary>
public sealed class Picker
{
    public Guid Id { get; set; }

    public List<Bin> Bins { get; set; } = [];

    public BadgeInfo Badge { get; set; } = new();

    public PostalAddress Home { get; set; } = new();
}
