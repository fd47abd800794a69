namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>The other side of the pickers' many-to-many, reached only through <see cref="Picker.Bins"/>.</summary>
public sealed class Bin
{
    public Guid Id { get; set; }

    public List<Picker> Pickers { get; set; } = [];
}
