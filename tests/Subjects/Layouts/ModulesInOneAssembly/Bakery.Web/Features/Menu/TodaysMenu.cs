namespace Bakery.Web.Features.Menu;

/// <summary>A slice of the application's own (a feature folder, not a module): in no context.</summary>
public static class TodaysMenu
{
    public static IReadOnlyList<string> Items { get; } = ["sourdough", "croissant", "rye"];
}
