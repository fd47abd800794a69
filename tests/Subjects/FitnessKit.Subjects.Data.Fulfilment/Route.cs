namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A many-to-many that nothing configures, beside those configured with UsingEntity: joined by convention in RouteStop.</summary>
public sealed class Route
{
    public Guid Id { get; set; }

    public List<Stop> Stops { get; set; } = [];
}
