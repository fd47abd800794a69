using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Rules;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary>
/// The first thing the console says about violations: how many go from which context to which, by rule, the largest
/// first, so that thousands of violations read as a few lines (<c>Billing -> Orders: 3 (2 FK001, FK008)</c>), each
/// with how the source's code uses the target when it does (<c>[1 event, 1 query, 2 type uses]</c>).
/// </summary>
internal static class ContextPairSummary
{
    /// <param name="violations">The violations to summarise.</param>
    /// <param name="console">Where to write.</param>
    /// <param name="mostPairs">How many pairs to show at most.</param>
    /// <param name="coupling">How the code of one context uses another, in words, or <see langword="null"/>.</param>
    public static void Write(IReadOnlyList<Violation> violations, IAnsiConsole console, int? mostPairs, Func<string, string, string?>? coupling = null)
    {
        var pairs = violations
            .GroupBy(Pair)
            .Select(g => (Pair: g.Key, Count: g.Count(), Rules: g.GroupBy(v => v.Rule.Id).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Count() == 1 ? r.Key : $"{Phrases.Number(r.Count())} {r.Key}").ToList(), Styles: Styles(g.First(), coupling)))
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.Pair, StringComparer.Ordinal)
            .ToList();

        console.MarkupLineInterpolated($"[bold]By context pair[/] (source -> target: violations, by rule [[how the source's code uses the target]]):");
        var shown = mostPairs is { } most && pairs.Count > most ? pairs.Take(most - 1).ToList() : pairs;
        foreach (var (pair, count, rules, styles) in shown)
        {
            console.MarkupLineInterpolated($"  {Printable.Text(pair)}: {Phrases.Number(count)} ({string.Join(", ", rules)}){(styles is null ? string.Empty : $" [{styles}]")}");
        }

        if (shown.Count < pairs.Count)
        {
            var rest = pairs.Skip(shown.Count).ToList();
            console.MarkupLineInterpolated($"  and {Phrases.Count(rest.Count, "more pair")} with {Phrases.Count(rest.Sum(p => p.Count), "violation")}");
        }
    }

    private static string? Styles(Violation violation, Func<string, string, string?>? coupling) =>
        coupling is not null && violation.SourceContext is { } from && violation.TargetContext is { } to && from != to ? coupling(from, to) : null;

    /// <summary>
    /// Which contexts a violation is between: <c>Reporting -> Orders</c>; <c>Reporting -> a table no context owns</c>;
    /// <c>Billing, within the context</c> when it concerns one context's own code (a public DbContext, a contract that
    /// exposes a type of its own context); the assembly
    /// and the contexts that share it for a shared package.
    /// </summary>
    internal static string Pair(Violation violation)
    {
        var source = violation.SourceContext ?? $"assembly {violation.SourceAssembly}";
        if (violation.TargetContext is { } target && target != violation.SourceContext)
        {
            return $"{source} -> {target}";
        }

        if (violation.TargetTable is not null)
        {
            return $"{source} -> a table no context owns";
        }

        return violation.SourceContext is null && violation.Related.Count > 0
            ? $"{source}, shared by {Phrases.Some(violation.Related, 3)}"
            : $"{source}, within the context";
    }
}
