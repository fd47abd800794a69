namespace FitnessKit.Cli;

/// <summary>How much of a report the console prints; the report files always hold everything.</summary>
internal sealed record ConsoleDetail
{
    /// <summary>Gets how many findings the console prints in detail, shared fairly between rules; <see langword="null"/> for all. The default is 50.</summary>
    public int? MostFindings { get; init; } = 50;

    /// <summary>Gets how many places the console prints under one finding; <see langword="null"/> for all. The default is 3.</summary>
    public int? MostPlaces { get; init; } = 3;

    /// <summary>Gets how many context pairs the summary lists; <see langword="null"/> for all. The default is 15.</summary>
    public int? MostPairs { get; init; } = 15;

    /// <summary>Gets how many entries a list of notes (assemblies in no context, unresolved references, skipped files) prints; <see langword="null"/> for all. The default is 5.</summary>
    public int? MostListed { get; init; } = 5;

    /// <summary>Gets a value indicating whether the console lists each unresolved reference and skipped file (<c>--verbose</c>), rather than one summary line for each kind.</summary>
    public bool Verbose { get; init; }

    /// <summary>Gets the folder the reports are written to, if any, to say where the findings the console leaves out are.</summary>
    public string? ReportDirectory { get; init; }

    /// <summary>Gets the detail of <c>--all</c>: every finding, place, pair and note.</summary>
    public static ConsoleDetail All { get; } = new() { MostFindings = null, MostPlaces = null, MostPairs = null, MostListed = null, Verbose = true };

    /// <summary>The first <paramref name="most"/> items, or all when <paramref name="most"/> is <see langword="null"/> or covers them, and how many were left out.</summary>
    public static (IReadOnlyList<T> Shown, int LeftOut) Cap<T>(IReadOnlyList<T> items, int? most) =>
        most is { } limit && items.Count > limit ? ([.. items.Take(limit)], items.Count - limit) : (items, 0);
}
