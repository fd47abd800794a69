using System.Security.Cryptography;
using System.Text;
using static System.FormattableString;

namespace FitnessKit.Reporting;

/// <summary>
/// Writes one self-contained HTML page: the verdict, the context map as inline SVG, a context-by-context dependency
/// matrix, a violations table filtered by rule, context and text, and a section per context. It loads nothing from
/// the network, and its content-security policy lets only its own script run.
/// </summary>
/// <remarks>
/// However many violations there are, the page holds a bounded amount of markup: the violations travel as data
/// (<see cref="HtmlViolationData"/>) and the script shows one page of the table at a time, and each context section
/// names its first few violations. The page is written to its stream as it is produced.
/// </remarks>
internal static class HtmlReport
{
    /// <summary>How many violations each context section names; the table shows them all.</summary>
    internal const int MostListedPerContext = 10;

    private static readonly string Css = Resource("report.css");
    private static readonly string Script = Resource("report.js");
    private static readonly string ScriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));

    public static void Write(ReportDocument document, Stream stream)
    {
        using var html = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        html.WriteLine("<!DOCTYPE html>");
        html.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.WriteLine($"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{ScriptHash}'; img-src data:\">");
        html.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.WriteLine($"<title>{ReportText.Html(document.Options.Title)}</title>");
        html.Write("<style>");
        html.Write(Css);
        html.WriteLine("</style></head><body>");
        Header(html, document);
        html.WriteLine("<h2 id=\"map\">Context map</h2>");
        html.Write("<div class=\"diagram\">");
        html.Write(ContextMapDiagram.Render(document));
        html.WriteLine("</div>");
        html.WriteLine("<p class=\"muted\">Click a context to filter the violations by it.</p>");
        Matrix(html, document);
        Violations(html, stream, document);
        HtmlContextSections.Write(html, document);
        HtmlTablesSection.Write(html, document);
        Notes(html, document);
        html.Write("<script>");
        html.Write(Script);
        html.WriteLine("</script>");
        html.WriteLine("</body></html>");
    }

    private static void Header(TextWriter html, ReportDocument document)
    {
        var report = document.Report;
        html.WriteLine($"<h1>{ReportText.Html(document.Options.Title)}</h1>");
        var verdict = report.HasErrors ? $"<span class=\"verdict failed\">Failed: {ReportText.Plural(document.Errors, "new error")}</span>" : "<span class=\"verdict passed\">Passed</span>";
        html.WriteLine($"<p>{verdict} <span class=\"muted\">Checked {ReportText.Html(report.Scope)}. FitnessKit {ReportText.Html(ReportDocument.ToolVersion)}.</span></p>");
        if (report.Baseline is not null)
        {
            html.WriteLine($"<p id=\"baseline\">{ReportText.Html(report.Baseline.Describe())}</p>");
        }

        html.Write("<nav><a href=\"#map\">Context map</a><a href=\"#matrix\">Dependency matrix</a><a href=\"#violations\">Violations</a><a href=\"#contexts\">Contexts</a>");
        html.WriteLine(document.Report.Tables is null ? "</nav>" : "<a href=\"#tables\">Tables</a></nav>");
        html.WriteLine("<table class=\"rules\"><thead><tr><th>Rule</th><th>What it enforces</th><th class=\"num\">Violations</th><th class=\"num\">New</th></tr></thead><tbody>");
        var newByRule = report.Violations.Where(v => !v.Baselined).GroupBy(v => v.Rule.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var rule in report.Rules)
        {
            html.WriteLine(Invariant($"<tr><td><a href=\"{ReportText.Html(document.HelpUri(rule))}\">{ReportText.Html(rule.Id)}</a> {ReportText.Html(rule.Name)}</td><td>{ReportText.Html(rule.Title)}</td><td class=\"num\">{document.ViolationsOf(rule)}</td><td class=\"num\">{newByRule.GetValueOrDefault(rule.Id)}</td></tr>"));
        }

        html.WriteLine("</tbody></table>");
        if (ContractSummary.Of(report, document.BaseDirectory) is { } contracts)
        {
            html.WriteLine($"<p id=\"contracts\">{ReportText.Html(contracts)}</p>");
        }
    }

    private static void Matrix(TextWriter html, ReportDocument document)
    {
        var contexts = document.Report.Model.Contexts.Select(c => c.Name).ToList();
        var edges = document.Edges.ToDictionary(e => (e.From, e.To));
        html.WriteLine("<h2 id=\"matrix\">Dependency matrix</h2>");
        html.WriteLine("<p class=\"muted\">Rows depend on columns: type-to-type uses, reads and writes of the column's tables by SQL (table accesses), and how many of them are violations; in brackets, how the row's code uses the column: events it consumes, commands it sends, queries it asks synchronously, and other type uses.</p>");
        html.Write("<table class=\"matrix\"><thead><tr><th>from \\ to</th>");
        contexts.ForEach(c => html.Write($"<th>{ReportText.Html(c)}</th>"));
        html.WriteLine("</tr></thead><tbody>");
        foreach (var from in contexts)
        {
            html.Write($"<tr><th>{ReportText.Html(from)}</th>");
            foreach (var to in contexts)
            {
                if (from == to)
                {
                    html.Write("<td class=\"self\"></td>");
                }
                else if (edges.TryGetValue((from, to), out var edge))
                {
                    var cycle = edge.InCycle ? " (cycle)" : string.Empty;
                    var uses = edge.DataUses == 0 ? ReportText.Plural(edge.Uses, "use")
                        : edge.Uses == 0 ? ReportText.Plural(edge.DataUses, "table access")
                        : $"{ReportText.Plural(edge.Uses, "use")}, {ReportText.Plural(edge.DataUses, "table access")}";
                    uses += CouplingText.Label(edge.Styles) is { Length: > 0 } styles ? $" ({styles})" : string.Empty;
                    html.Write(edge.Violations > 0
                        ? $"<td class=\"num bad\">{uses}, {ReportText.Plural(edge.Violations, "violation")}{cycle}</td>"
                        : $"<td class=\"num\">{uses}{cycle}</td>");
                }
                else
                {
                    html.Write("<td></td>");
                }
            }

            html.WriteLine("</tr>");
        }

        html.WriteLine("</tbody></table>");
    }

    /// <summary>The filters, the pager and an empty table the script fills one page at a time from the violations' data.</summary>
    private static void Violations(StreamWriter html, Stream stream, ReportDocument document)
    {
        var report = document.Report;
        var count = Invariant($"{report.Violations.Count}");
        html.WriteLine("<h2 id=\"violations\">Violations</h2>");
        html.WriteLine("<div class=\"filters\">");
        html.Write("<label>Rule <select id=\"rule-filter\"><option value=\"\">all rules</option>");
        foreach (var rule in report.Rules)
        {
            html.Write($"<option value=\"{ReportText.Html(rule.Id)}\">{ReportText.Html(rule.Id)} {ReportText.Html(rule.Name)}</option>");
        }

        html.WriteLine("</select></label>");
        html.Write("<label>Context <select id=\"context-filter\"><option value=\"\">all contexts</option>");
        foreach (var context in report.Model.Contexts)
        {
            html.Write($"<option value=\"{ReportText.Html(context.Name)}\">{ReportText.Html(context.Name)}</option>");
        }

        html.WriteLine("</select></label>");
        html.WriteLine("<label>Search <input type=\"search\" id=\"text-filter\" placeholder=\"type, member, file…\"></label>");
        html.WriteLine("<label><input type=\"checkbox\" id=\"new-filter\"> new only</label>");
        html.WriteLine($"<span class=\"muted\">showing <span id=\"shown-count\">{count} of {count}</span></span></div>");
        html.WriteLine("<div class=\"pager\"><button type=\"button\" id=\"first-page\">« first</button><button type=\"button\" id=\"previous-page\">‹ previous</button> <span id=\"page-info\"></span> <button type=\"button\" id=\"next-page\">next ›</button><button type=\"button\" id=\"last-page\">last »</button></div>");
        html.WriteLine("<table id=\"violation-table\"><thead><tr><th>Rule</th><th>Severity</th><th>From</th><th>To</th><th>Violation</th><th>Where</th></tr></thead><tbody></tbody></table>");
        html.WriteLine(report.Violations.Count == 0
            ? "<p>No violations.</p>"
            : "<noscript><p>The table needs JavaScript; the JSON report holds every violation.</p></noscript>");
        html.Write("<script type=\"application/json\" id=\"violation-data\">");
        html.Flush();
        HtmlViolationData.Write(stream, document);
        html.WriteLine("</script>");
    }

    private static void Notes(TextWriter html, ReportDocument document)
    {
        var model = document.Report.Model;
        var notes = new List<string>();
        notes.AddRange(model.UnownedAssemblies.Select(a => $"Not in any context: {a}."));
        notes.AddRange(model.CodeBase.UnresolvedReferences.Select(u => $"Unresolved reference: {u.AssemblyName} (referenced by {string.Join(", ", u.ReferencedBy)})."));
        notes.AddRange(document.Report.Notes.Select(n => $"Undecided: {n}"));
        notes.AddRange(model.CodeBase.SkippedFiles.Select(s => $"Skipped {Path.GetRelativePath(document.BaseDirectory, s.Path).Replace('\\', '/')}: {s.Reason}."));
        notes.AddRange(model.CodeBase.DamagedCacheFiles.Select(d => $"Cache file {Path.GetRelativePath(document.BaseDirectory, d.CacheFile).Replace('\\', '/')} was damaged ({d.Reason}): {Path.GetRelativePath(document.BaseDirectory, d.AssemblyPath).Replace('\\', '/')} was read afresh from its file."));
        if (notes.Count == 0)
        {
            return;
        }

        html.WriteLine("<h2 id=\"notes\">Notes</h2><ul class=\"muted\">");
        notes.ForEach(n => html.WriteLine($"<li>{ReportText.Html(n)}</li>"));
        html.WriteLine("</ul>");
    }

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream($"FitnessKit.Reporting.Html.{name}")
            ?? throw new InvalidOperationException($"The HTML report resource {name} is missing from the FitnessKit assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
