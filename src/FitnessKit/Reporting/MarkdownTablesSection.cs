using System.Globalization;
using System.Text;
using FitnessKit.Tables;

namespace FitnessKit.Reporting;

/// <summary>The table audit in the Markdown report: each table with its owner, the contexts that map it and the code that reads or writes it.</summary>
internal static class MarkdownTablesSection
{
    private const int MostAccesses = 5;

    public static void Append(StringBuilder text, ReportDocument document)
    {
        if (document.Report.Tables is not { } catalog)
        {
            return;
        }

        var model = document.Report.Model;
        text.AppendLine().AppendLine("## Tables").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{ReportText.Plural(catalog.Tables.Count, "table")} mapped or queried, {ReportText.Plural(catalog.Statements.Count, "SQL statement")}. Contexts are assumed to share one database.").AppendLine();
        if (catalog.Tables.Count > 0)
        {
            text.AppendLine("| Table | Owner | Mapped by | Read or written by |");
            text.AppendLine("| --- | --- | --- | --- |");
            foreach (var table in catalog.Tables)
            {
                var owner = table.Owner is { } name ? ReportText.Markdown(name) : table.IsShared ? "**shared**" : table.IsUnowned ? "**nobody**" : "not known";
                var accesses = table.Accesses
                    .Select(a => $"{model.ContextOf(a.Statement.SourceType)?.Name ?? "?"}: {a.Statement.SourceType.DisplayName}.{a.Statement.SourceMember} ({(a.Access == TableAccessKind.Write ? "writes" : "reads")})")
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                var shown = string.Join("; ", accesses.Take(MostAccesses)) + (accesses.Count > MostAccesses ? $"; and {accesses.Count - MostAccesses} more" : string.Empty);
                text.AppendLine(CultureInfo.InvariantCulture, $"| {ReportText.Markdown(table.Table.ToString())} | {owner} | {ReportText.Markdown(string.Join(", ", table.MappedBy))} | {ReportText.Markdown(shown)} |");
            }
        }

        if (catalog.Problems.Count > 0)
        {
            text.AppendLine().AppendLine("SQL that could not be read:").AppendLine();
            foreach (var problem in catalog.Problems)
            {
                var where = problem.Location is { } location ? $" at `{location.ToString(document.BaseDirectory).Replace("`", "'", StringComparison.Ordinal)}`" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"- {ReportText.Markdown(problem.SourceType.DisplayName)}.{ReportText.Markdown(problem.SourceMember)}{where}: {ReportText.Markdown(problem.Problem)}");
            }
        }
    }
}
