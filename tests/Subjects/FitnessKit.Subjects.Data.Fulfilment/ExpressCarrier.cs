namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A derived entity type with its own DbSet and no ToTable: its rows live in Carriers, beside its base type's.</summary>
public sealed class ExpressCarrier : Carrier
{
    public TimeOnly Cutoff { get; set; }
}
