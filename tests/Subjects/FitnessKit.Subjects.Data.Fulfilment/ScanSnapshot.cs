namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A class with a key that only an ignored navigation leads to (<see cref="ParcelConfiguration"/>): no entity type, no table.</summary>
public sealed class ScanSnapshot
{
    public Guid Id { get; set; }

    public string Station { get; set; } = string.Empty;
}
