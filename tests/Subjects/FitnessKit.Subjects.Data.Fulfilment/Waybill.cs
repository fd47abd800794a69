namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A concrete document with a DbSet: its table is Waybills, with the columns of its base type.</summary>
public sealed class Waybill : Document
{
    public string Consignee { get; set; } = string.Empty;
}
