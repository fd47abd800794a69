namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>The other side of the routes' many-to-many, reached only through <see cref="Route.Stops"/>.</summary>
public sealed class Stop
{
    public Guid Id { get; set; }

    public List<Route> Routes { get; set; } = [];
}
