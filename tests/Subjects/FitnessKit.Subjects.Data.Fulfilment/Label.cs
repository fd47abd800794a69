namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>Joined to parcels by a table EF Core names after both, LabelParcel, although it has no collection of parcels.</summary>
public sealed class Label
{
    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;
}
