using System.Globalization;
using System.Text;
using FitnessKit.Baselines;

namespace FitnessKit.Reporting;

/// <summary>Writes a Markdown summary fit for a GitHub job summary or pull-request comment: the verdict, the context map as a Mermaid diagram, counts per rule, and the violations with file:line and fix.</summary>
internal static class MarkdownReport
{
    public static string Render(ReportDocument document)
    {
        var report = document.Report;
        var text = new StringBuilder();
        text.Append("# ").AppendLine(ReportText.Markdown(document.Options.Title)).AppendLine();
        var verdict = report.HasErrors
            ? $"**Failed:** {ReportText.Plural(document.Errors, "new error")}"
            : document.NewCount == 0 && document.BaselinedCount == 0 ? "**Passed:** no violations" : "**Passed:** no new errors";
        text.Append(verdict).Append(". ").Append(CultureInfo.InvariantCulture, $"Checked {ReportText.Markdown(report.Scope)}.").AppendLine();
        if (report.Baseline is not null)
        {
            text.AppendLine().AppendLine(ReportText.Markdown(report.Baseline.Describe()));
        }

        text.AppendLine().AppendLine("## Context map").AppendLine();
        AppendMermaid(text, document);
        text.AppendLine().AppendLine("## Rules").AppendLine();
        text.AppendLine("| Rule | Name | Violations | New |");
        text.AppendLine("| --- | --- | ---: | ---: |");
        foreach (var rule in report.Rules)
        {
            var all = report.Violations.Where(v => v.Rule.Id == rule.Id).ToList();
            text.AppendLine(CultureInfo.InvariantCulture, $"| [{rule.Id}]({document.HelpUri(rule)}) | {ReportText.Markdown(rule.Name)} | {all.Count} | {all.Count(v => !v.Baselined)} |");
        }

        AppendViolations(text, document);
        MarkdownTablesSection.Append(text, document);
        return text.ToString();
    }

    private static void AppendMermaid(StringBuilder text, ReportDocument document)
    {
        var contexts = document.Report.Model.Contexts;
        var ids = contexts.Select((c, i) => (c.Name, Id: $"c{i}")).ToDictionary(x => x.Name, x => x.Id, StringComparer.Ordinal);
        text.AppendLine("```mermaid").AppendLine("flowchart LR");
        foreach (var context in contexts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {ids[context.Name]}[\"{ReportText.Mermaid(context.Name)}\"]");
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
            text.AppendLine(CultureInfo.InvariantCulture, $"  {ids[edge.From]} {open}\"{label}\"{close} {ids[edge.To]}");
            if (edge.Violations > 0)
            {
                red.Add(index);
            }

            index++;
        }

        if (red.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  linkStyle {string.Join(',', red)} stroke:#d1242f,stroke-width:3px");
        }

        text.AppendLine("```");
    }

    private static void AppendViolations(StringBuilder text, ReportDocument document)
    {
        var shown = document.Report.Violations.Where(v => !v.Baselined).ToList();
        text.AppendLine().AppendLine(document.Report.Baseline is null ? "## Violations" : "## New violations").AppendLine();
        if (shown.Count == 0)
        {
            text.AppendLine("None.");
            return;
        }

        var limit = Math.Max(0, document.Options.MarkdownViolationLimit);
        foreach (var rule in shown.Take(limit).GroupBy(v => v.Rule))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"### {rule.Key.Id} {ReportText.Markdown(rule.Key.Name)}").AppendLine();
            foreach (var violation in rule)
            {
                var where = document.Where(violation) is { } location ? $" at `{location.Replace("`", "'", StringComparison.Ordinal)}`" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"- **{ReportDocument.SeverityName(violation)}**{where}: {ReportText.Markdown(violation.Message)}");
                text.AppendLine(CultureInfo.InvariantCulture, $"  *Fix:* {ReportText.Markdown(violation.Fix)}");
            }

            text.AppendLine();
        }

        if (shown.Count > limit)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"… and {shown.Count - limit} more; see the HTML or JSON report for all of them.");
        }
    }
}
