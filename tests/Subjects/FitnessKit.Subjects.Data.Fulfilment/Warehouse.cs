namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>The root of a hierarchy with a table per type: Warehouses here, ColdStores for <see cref="ColdStore"/>.</summary>
public class Warehouse
{
    public Guid Id { get; set; }

    public List<Zone> Zones { get; set; } = [];

    public PostalAddress Address { get; set; } = new();
}
