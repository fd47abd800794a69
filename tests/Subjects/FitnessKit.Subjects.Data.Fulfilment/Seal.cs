namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>The other side of the crates' many-to-many, with no navigation back.</summary>
public sealed class Seal
{
    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;
}
