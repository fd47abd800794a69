using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Rules;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary>
/// The detail of the console: findings by rule and source (the most frequent first), each with its places and fix, at most
/// <see cref="ConsoleDetail.MostFindings"/> of them, shared fairly between rules so that a rule with thousands of
/// findings leaves room for the others.
/// </summary>
internal static class FindingList
{
    /// <summary>Writes the findings and returns how many were left out.</summary>
    public static int Write(IReadOnlyList<Violation> violations, IAnsiConsole console, string baseDirectory, ConsoleDetail detail)
    {
        var rules = violations.GroupBy(v => v.Rule).Select(r => (Rule: r.Key, Violations: r.ToList(), Findings: Finding.Group(r))).ToList();
        var budgets = Budgets([.. rules.Select(r => r.Findings.Count)], detail.MostFindings);
        var leftOut = 0;
        for (var i = 0; i < rules.Count; i++)
        {
            var (rule, ruleViolations, findings) = rules[i];
            console.WriteLine();
            var distinct = findings.Count == ruleViolations.Count ? string.Empty : $" in {Phrases.Count(findings.Count, "finding")}";
            console.MarkupLineInterpolated($"[bold]{rule.Id} {rule.Name}[/]: {rule.Title} [bold]({Phrases.Count(ruleViolations.Count, "violation")}{distinct})[/]");
            var sources = findings.GroupBy(f => f.Violation.SourceContext is null ? $"assembly {f.Violation.SourceAssembly}" : $"context {f.Violation.SourceContext}").ToList();
            var shares = Budgets([.. sources.Select(s => s.Count())], budgets[i]);
            var hidden = 0;
            for (var s = 0; s < sources.Count; s++)
            {
                var (shown, more) = ConsoleDetail.Cap([.. sources[s].OrderByDescending(f => f.Occurrences.Count)], shares[s]);
                hidden += more;
                console.MarkupLineInterpolated($"  {Printable.Text(sources[s].Key)}:");
                foreach (var finding in shown)
                {
                    WriteFinding(finding, console, baseDirectory, detail);
                }
            }

            leftOut += hidden;

            if (hidden > 0)
            {
                console.MarkupLineInterpolated($"  [grey]and {Phrases.Count(hidden, $"more {rule.Id} finding")}[/]");
            }
        }

        return leftOut;
    }

    /// <summary>How many of each group (the findings of a rule, or of a context within a rule) to print: all when they fit in <paramref name="most"/>, otherwise an equal share each, at least one, a group with fewer than its share leaving the rest to the others.</summary>
    internal static int?[] Budgets(IReadOnlyList<int> counts, int? most)
    {
        var budgets = new int?[counts.Count];
        if (most is not { } remaining || counts.Sum() <= remaining)
        {
            return budgets;
        }

        var left = counts.Count;
        foreach (var i in Enumerable.Range(0, counts.Count).OrderBy(i => counts[i]))
        {
            var share = Math.Max(1, remaining / left);
            budgets[i] = Math.Min(counts[i], share);
            remaining = Math.Max(0, remaining - budgets[i]!.Value);
            left--;
        }

        return budgets;
    }

    private static void WriteFinding(Finding finding, IAnsiConsole console, string baseDirectory, ConsoleDetail detail)
    {
        var violation = finding.Violation;
        var color = violation.Severity switch
        {
            Severity.Error => "red",
            Severity.Warning => "yellow",
            _ => "grey",
        };
        var times = finding.Occurrences.Count == 1 ? string.Empty : $" ({Phrases.Count(finding.Occurrences.Count, "occurrence")})";
        console.MarkupLineInterpolated($"  - [{color}]{violation.Severity.ToString().ToLowerInvariant()}[/] {Printable.Text(violation.Message)}{times}");
        var (places, hidden) = ConsoleDetail.Cap(finding.Places(baseDirectory), detail.MostPlaces);
        foreach (var place in places)
        {
            console.MarkupLineInterpolated($"    [blue]{Printable.Text(place)}[/]");
        }

        if (hidden > 0)
        {
            console.MarkupLineInterpolated($"    [grey]and {Phrases.Count(hidden, "more place")}[/]");
        }

        console.MarkupLineInterpolated($"    [grey]Fix: {Printable.Text(violation.Fix)}[/]");
    }
}
