using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tables;

namespace FitnessKit.Reporting;

/// <summary>The table audit in the HTML report: a context × table matrix (owns, maps, reads, writes), then the SQL that could not be read.</summary>
internal static class HtmlTablesSection
{
    public static void Write(TextWriter html, ReportDocument document)
    {
        if (document.Report.Tables is not { } catalog)
        {
            return;
        }

        var model = document.Report.Model;
        var contexts = model.Contexts.Select(c => c.Name).ToList();
        html.WriteLine("<h2 id=\"tables\">Tables</h2>");
        html.WriteLine($"<p>{DataPhrases.Objects(catalog)} mapped or queried, {ReportText.Plural(catalog.Statements.Count, "SQL statement")}, read from EF Core mappings and SQL in the compiled code. {ReportText.Html(DataPhrases.Databases(catalog, "Contexts are assumed to share one database: a table is the same wherever its schema and name match."))}</p>");
        if (catalog.Tables.Count > 0)
        {
            html.Write("<table class=\"tables\"><thead><tr><th>Table</th><th>Owner</th>");
            foreach (var context in contexts)
            {
                html.Write($"<th>{ReportText.Html(context)}</th>");
            }

            html.WriteLine("</tr></thead><tbody>");
            foreach (var table in catalog.Tables)
            {
                var owner = table.Owner ?? (table.IsShared ? "shared" : table.IsUnowned ? "nobody" : "not known");
                html.Write($"<tr><td><code>{ReportText.Html(table.Table.ToString())}</code></td><td title=\"{ReportText.Html(table.Reason)}\"{(table.Owner is null ? " class=\"shared\"" : string.Empty)}>{ReportText.Html(owner)}</td>");
                foreach (var context in contexts)
                {
                    var cell = Cell(table, context, model);
                    html.Write($"<td{(cell.Length == 0 ? string.Empty : table.Owner == context ? " class=\"owns\"" : table.IsShared && table.MappedBy.Contains(context) ? " class=\"shared\"" : string.Empty)}>{ReportText.Html(cell)}</td>");
                }

                html.WriteLine("</tr>");
            }

            html.WriteLine("</tbody></table>");
        }

        if (catalog.Problems.Count > 0)
        {
            html.WriteLine("<p>SQL that could not be read:</p><ul>");
            foreach (var problem in catalog.Problems)
            {
                html.WriteLine($"<li>{ReportText.Html(Phrases.Member(problem.SourceType.DisplayName, problem.SourceMember))}: {ReportText.Html(problem.Problem)} <code>{ReportText.Html(problem.Location?.ToString(document.BaseDirectory) ?? string.Empty)}</code></li>");
            }

            html.WriteLine("</ul>");
        }
    }

    /// <summary>What one context does with one table: owns, maps, reads, writes.</summary>
    private static string Cell(TableOwnership table, string context, ContextModel model)
    {
        var words = new List<string>();
        if (table.Owner == context)
        {
            words.Add("owns");
        }
        else if (table.MappedBy.Contains(context))
        {
            words.Add("maps");
        }

        var accesses = table.Accesses.Where(a => model.ContextOf(a.Statement.SourceType)?.Name == context).ToList();
        if (accesses.Exists(a => a.Access == TableAccessKind.Read))
        {
            words.Add("reads");
        }

        if (accesses.Exists(a => a.Access == TableAccessKind.Write))
        {
            words.Add("writes");
        }

        if (accesses.Exists(a => a.Access == TableAccessKind.Create))
        {
            words.Add("creates");
        }

        if (accesses.Exists(a => a.Access == TableAccessKind.Execute))
        {
            words.Add("calls");
        }

        return string.Join(", ", words);
    }
}
