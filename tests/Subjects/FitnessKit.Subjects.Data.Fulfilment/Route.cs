namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// A many-to-many that nothing configures, beside those configured with UsingEntity: joined by convention in RouteStop.
/// Its dispatcher and notes are owned types reached by navigation: one in its table, the other in a table of its own.
/// </summary>
public sealed class Route
{
    public Guid Id { get; set; }

    public List<Stop> Stops { get; set; } = [];

    public ContactCard? Dispatcher { get; set; }

    public List<RouteNote> Notes { get; set; } = [];
}
