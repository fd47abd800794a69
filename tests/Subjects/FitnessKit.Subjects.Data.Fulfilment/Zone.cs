namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>The other side of the warehouses' many-to-many, reached only through <see cref="Warehouse.Zones"/>.</summary>
public sealed class Zone
{
    public Guid Id { get; set; }

    public List<Warehouse> Warehouses { get; set; } = [];
}
