namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>The root of a hierarchy mapped to one table, Carriers, named after its DbSet.</summary>
public class Carrier
{
    public Guid Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<Shipment> Shipments { get; set; } = [];

    public List<PostalAddress> Depots { get; set; } = [];
}
