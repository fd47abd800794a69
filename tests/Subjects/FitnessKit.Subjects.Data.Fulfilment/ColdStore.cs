namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A derived entity type that <see cref="WarehouseConfiguration"/> maps to a table of its own, ColdStores.</summary>
public sealed class ColdStore : Warehouse
{
    public decimal MinimumCelsius { get; set; }
}
