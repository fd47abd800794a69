using FitnessKit.Baselines;
using static System.FormattableString;

namespace FitnessKit.Reporting;

/// <summary>Writes a Markdown summary fit for a GitHub job summary or pull-request comment: the verdict, the context map as a Mermaid diagram, counts per rule, and the violations with file:line and fix.</summary>
internal static class MarkdownReport
{
    /// <summary>How many allowed contract types a pair of contexts lists by name.</summary>
    private const int MostAllowedNames = 5;

    public static void Write(ReportDocument document, TextWriter text)
    {
        var report = document.Report;
        text.Write("# ");
        text.WriteLine(ReportText.Markdown(document.Options.Title));
        text.WriteLine();
        var verdict = report.HasErrors
            ? Invariant($"**Failed:** {ReportText.Plural(document.Errors, "new error")}")
            : document.NewCount == 0 && document.BaselinedCount == 0 ? "**Passed:** no violations" : "**Passed:** no new errors";
        text.WriteLine($"{verdict}. Checked {ReportText.Markdown(report.Scope)}.");
        if (report.Baseline is not null)
        {
            text.WriteLine();
            text.WriteLine(ReportText.Markdown(report.Baseline.Describe()));
        }

        Heading(text, "## Context map");
        WriteMermaid(text, document);
        WriteCoupling(text, document);
        Heading(text, "## Rules");
        text.WriteLine("| Rule | Name | Violations | New |");
        text.WriteLine("| --- | --- | ---: | ---: |");
        var newByRule = report.Violations.Where(v => !v.Baselined).GroupBy(v => v.Rule.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var rule in report.Rules)
        {
            text.WriteLine(Invariant($"| [{rule.Id}]({document.HelpUri(rule)}) | {ReportText.Markdown(rule.Name)} | {document.ViolationsOf(rule)} | {newByRule.GetValueOrDefault(rule.Id)} |"));
        }

        if (ContractSummary.Of(report, document.BaseDirectory) is { } contracts)
        {
            text.WriteLine();
            text.WriteLine(ReportText.Markdown(contracts));
        }

        WriteViolations(text, document);
        WriteAllowed(text, document);
        MarkdownTablesSection.Write(text, document);
    }

    /// <summary>A blank line, the heading, a blank line.</summary>
    internal static void Heading(TextWriter text, string heading)
    {
        text.WriteLine();
        text.WriteLine(heading);
        text.WriteLine();
    }

    private static void WriteMermaid(TextWriter text, ReportDocument document)
    {
        var contexts = document.Report.Model.Contexts;
        var ids = contexts.Select((c, i) => (c.Name, Id: $"c{i}")).ToDictionary(x => x.Name, x => x.Id, StringComparer.Ordinal);
        text.WriteLine("```mermaid");
        text.WriteLine("flowchart LR");
        foreach (var context in contexts)
        {
            text.WriteLine(Invariant($"  {ids[context.Name]}[\"{ReportText.Mermaid(context.Name)}\"]"));
        }

        var red = new List<int>();
        var index = 0;
        foreach (var edge in document.Edges)
        {
            var label = edge.Violations > 0 ? ReportText.Plural(edge.Violations, "violation")
                : edge.Uses > 0 ? ReportText.Plural(edge.Uses, "use")
                : ReportText.Plural(edge.DataUses, "table access");
            if (edge.InCycle)
            {
                label += ", cycle";
            }

            var (open, close) = edge.Violations > 0 ? ("==", "==>") : edge.Uses == 0 && edge.DataUses > 0 ? ("-.", ".->") : ("--", "-->");
            text.WriteLine(Invariant($"  {ids[edge.From]} {open}\"{label}\"{close} {ids[edge.To]}"));
            if (edge.Violations > 0)
            {
                red.Add(index);
            }

            index++;
        }

        if (red.Count > 0)
        {
            text.WriteLine(Invariant($"  linkStyle {string.Join(',', red)} stroke:#d1242f,stroke-width:3px"));
        }

        text.WriteLine("```");
    }

    /// <summary>How each context uses each other one it depends on: events consumed, commands sent, queries asked synchronously, other type uses, table accesses.</summary>
    private static void WriteCoupling(TextWriter text, ReportDocument document)
    {
        var edges = document.Edges.Where(e => e.Uses > 0 || e.DataUses > 0).ToList();
        if (edges.Count == 0)
        {
            return;
        }

        text.WriteLine();
        text.WriteLine("| From | To | Events | Commands | Queries | Type uses | Table accesses | Violations |");
        text.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var edge in edges)
        {
            text.WriteLine(Invariant($"| {ReportText.Markdown(edge.From)} | {ReportText.Markdown(edge.To)} | {edge.Styles.Events} | {edge.Styles.Commands} | {edge.Styles.Queries} | {edge.Styles.TypeUses} | {edge.DataUses} | {edge.Violations} |"));
        }
    }

    /// <summary>
    /// What each context may use of each other context it breaks a rule on, once per pair: the violations only say how
    /// many contract types there are and name two. A few names each; the JSON report lists them all.
    /// </summary>
    private static void WriteAllowed(TextWriter text, ReportDocument document)
    {
        if (document.Allowed.Pairs.Count == 0)
        {
            return;
        }

        Heading(text, "## What each context may use instead");
        text.WriteLine("| From | To | Contract types allowed |");
        text.WriteLine("| --- | --- | --- |");
        foreach (var pair in document.Allowed.Pairs)
        {
            var more = pair.Allowed.Count > MostAllowedNames ? Invariant($", and {pair.Allowed.Count - MostAllowedNames} more (all in the JSON report)") : string.Empty;
            text.WriteLine(Invariant($"| {ReportText.Markdown(pair.From)} | {ReportText.Markdown(pair.To)} | {pair.Allowed.Count}: {ReportText.Markdown(string.Join(", ", pair.Allowed.Take(MostAllowedNames)))}{more} |"));
        }
    }

    private static void WriteViolations(TextWriter text, ReportDocument document)
    {
        var shown = document.Report.Violations.Where(v => !v.Baselined).ToList();
        Heading(text, document.Report.Baseline is null ? "## Violations" : "## New violations");
        if (shown.Count == 0)
        {
            text.WriteLine("None.");
            return;
        }

        var limit = Math.Max(0, document.Options.MarkdownViolationLimit);
        foreach (var rule in shown.Take(limit).GroupBy(v => v.Rule))
        {
            text.WriteLine(Invariant($"### {rule.Key.Id} {ReportText.Markdown(rule.Key.Name)}"));
            text.WriteLine();
            foreach (var violation in rule)
            {
                var where = document.Where(violation) is { } location ? $" at `{location.Replace("`", "'", StringComparison.Ordinal)}`" : string.Empty;
                text.WriteLine(Invariant($"- **{ReportDocument.SeverityName(violation)}**{where}: {ReportText.Markdown(violation.Message)}"));
                text.WriteLine(Invariant($"  *Fix:* {ReportText.Markdown(violation.Fix)}"));
            }

            text.WriteLine();
        }

        if (shown.Count > limit)
        {
            text.WriteLine(Invariant($"… and {shown.Count - limit} more; see the HTML or JSON report for all of them."));
        }
    }
}
