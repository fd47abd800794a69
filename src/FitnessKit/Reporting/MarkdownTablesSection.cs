using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tables;
using static System.FormattableString;

namespace FitnessKit.Reporting;

/// <summary>The table audit in the Markdown report: each table with its owner, the contexts that map it and the code that reads or writes it.</summary>
internal static class MarkdownTablesSection
{
    private const int MostAccesses = 5;

    public static void Write(TextWriter text, ReportDocument document)
    {
        if (document.Report.Tables is not { } catalog)
        {
            return;
        }

        var model = document.Report.Model;
        MarkdownReport.Heading(text, "## Tables");
        text.WriteLine($"{DataPhrases.Objects(catalog)} mapped or queried, {ReportText.Plural(catalog.Statements.Count, "SQL statement")}. {DataPhrases.Databases(catalog, "Contexts are assumed to share one database.")}");
        text.WriteLine();
        if (catalog.Tables.Count > 0)
        {
            text.WriteLine("| Table | Owner | Mapped by | Read or written by |");
            text.WriteLine("| --- | --- | --- | --- |");
            foreach (var table in catalog.Tables)
            {
                var owner = table.Owner is { } name ? ReportText.Markdown(name) : table.IsShared ? "**shared**" : table.IsUnowned ? "**nobody**" : "not known";
                var accesses = table.Accesses
                    .Select(a => $"{model.ContextOf(a.Statement.SourceType)?.Name ?? "?"}: {Phrases.Member(a.Statement.SourceType.DisplayName, a.Statement.SourceMember)} ({DataPhrases.Verb(a.Access)})")
                    .Distinct(StringComparer.Ordinal)
                    .ToList();
                var shown = string.Join("; ", accesses.Take(MostAccesses)) + (accesses.Count > MostAccesses ? Invariant($"; and {accesses.Count - MostAccesses} more") : string.Empty);
                text.WriteLine($"| {ReportText.Markdown(table.Table.ToString())} | {owner} | {ReportText.Markdown(string.Join(", ", table.MappedBy))} | {ReportText.Markdown(shown)} |");
            }
        }

        if (catalog.Problems.Count > 0)
        {
            text.WriteLine();
            text.WriteLine("SQL that could not be read:");
            text.WriteLine();
            foreach (var problem in catalog.Problems)
            {
                var where = problem.Location is { } location ? $" at `{location.ToString(document.BaseDirectory).Replace("`", "'", StringComparison.Ordinal)}`" : string.Empty;
                text.WriteLine($"- {ReportText.Markdown(Phrases.Member(problem.SourceType.DisplayName, problem.SourceMember))}{where}: {ReportText.Markdown(problem.Problem)}");
            }
        }
    }
}
