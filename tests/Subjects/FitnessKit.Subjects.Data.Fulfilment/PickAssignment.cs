namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A join entity class named in UsingEntity&lt;PickAssignment&gt;(): its table is named after it, with no DbSet.</summary>
public sealed class PickAssignment
{
    public Guid PickerId { get; set; }

    public Guid BinId { get; set; }
}
