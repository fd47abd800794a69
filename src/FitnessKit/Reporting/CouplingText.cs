using FitnessKit.Coupling;
using FitnessKit.Evaluation;

namespace FitnessKit.Reporting;

/// <summary>How the reports word and mark the coupling styles of a dependency between two contexts.</summary>
internal static class CouplingText
{
    /// <summary>The styles of code a dependency has, in words: <c>1 event, 2 queries, 1 type use</c>; empty when it has none (SQL only).</summary>
    public static string Label(StyleCounts styles, string separator = ", ") => string.Join(separator, Parts(styles));

    /// <summary>The style that marks the edge on the context map, the one that couples most: queries, then commands, then events, then type uses; <c>data</c> for SQL only.</summary>
    public static string Dominant(StyleCounts styles) =>
        styles.Queries > 0 ? "queries" : styles.Commands > 0 ? "commands" : styles.Events > 0 ? "events" : styles.TypeUses > 0 ? "types" : "data";

    /// <summary>How the code of one context uses another in a report, in words; <see langword="null"/> when it does not use it through code.</summary>
    public static string? Between(FitnessReport report, string from, string to) =>
        report.Dependencies.Between(from, to) is { } dependency && Label(dependency.Styles) is { Length: > 0 } label ? label : null;

    private static IEnumerable<string> Parts(StyleCounts styles)
    {
        if (styles.Events > 0)
        {
            yield return ReportText.Plural(styles.Events, "event");
        }

        if (styles.Commands > 0)
        {
            yield return ReportText.Plural(styles.Commands, "command");
        }

        if (styles.Queries > 0)
        {
            yield return styles.Queries == 1 ? "1 query" : $"{styles.Queries} queries";
        }

        if (styles.TypeUses > 0)
        {
            yield return ReportText.Plural(styles.TypeUses, "type use");
        }
    }
}
