using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>An [Owned] class behind a collection navigation of <see cref="Route"/>: owned many, in a table of its own.</summary>
[Owned]
public sealed class RouteNote
{
    public Guid Id { get; set; }

    public string Text { get; set; } = string.Empty;
}
