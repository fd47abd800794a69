namespace Bakery.Web.Features.Opening;

/// <summary>Another slice of the application's own: in no context.</summary>
public static class OpeningHours
{
    public static TimeOnly Opens { get; } = new(7, 0);

    public static TimeOnly Closes { get; } = new(18, 0);
}
