using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FitnessKit.Baselines;
using FitnessKit.Inspection;

namespace FitnessKit.Reporting;

/// <summary>
/// Writes one self-contained HTML page: the verdict, the context map as inline SVG, a context-by-context dependency
/// matrix, a violations table filtered by rule, context and text, and a section per context. It loads nothing from
/// the network, and its content-security policy lets only its own script run.
/// </summary>
internal static class HtmlReport
{
    private static readonly string Css = Resource("report.css");
    private static readonly string Script = Resource("report.js");
    private static readonly string ScriptHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script)));

    public static string Render(ReportDocument document)
    {
        var report = document.Report;
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{ScriptHash}'; img-src data:\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine(CultureInfo.InvariantCulture, $"<title>{ReportText.Html(document.Options.Title)}</title>");
        html.Append("<style>").Append(Css).AppendLine("</style></head><body>");
        Header(html, document);
        html.AppendLine("<h2 id=\"map\">Context map</h2>");
        html.Append("<div class=\"diagram\">").Append(ContextMapDiagram.Render(document)).AppendLine("</div>");
        html.AppendLine("<p class=\"muted\">Click a context to filter the violations by it.</p>");
        Matrix(html, document);
        Violations(html, document);
        Contexts(html, document);
        HtmlTablesSection.Write(html, document);
        Notes(html, document);
        html.Append("<script>").Append(Script).AppendLine("</script>");
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    private static void Header(StringBuilder html, ReportDocument document)
    {
        var report = document.Report;
        html.AppendLine(CultureInfo.InvariantCulture, $"<h1>{ReportText.Html(document.Options.Title)}</h1>");
        var verdict = report.HasErrors ? $"<span class=\"verdict failed\">Failed: {ReportText.Plural(document.Errors, "new error")}</span>" : "<span class=\"verdict passed\">Passed</span>";
        html.AppendLine(CultureInfo.InvariantCulture, $"<p>{verdict} <span class=\"muted\">Checked {ReportText.Html(report.Scope)}. FitnessKit {ReportText.Html(ReportDocument.ToolVersion)}.</span></p>");
        if (report.Baseline is not null)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<p id=\"baseline\">{ReportText.Html(report.Baseline.Describe())}</p>");
        }

        html.Append("<nav><a href=\"#map\">Context map</a><a href=\"#matrix\">Dependency matrix</a><a href=\"#violations\">Violations</a><a href=\"#contexts\">Contexts</a>");
        html.AppendLine(document.Report.Tables is null ? "</nav>" : "<a href=\"#tables\">Tables</a></nav>");
        html.AppendLine("<table class=\"rules\"><thead><tr><th>Rule</th><th>What it enforces</th><th class=\"num\">Violations</th><th class=\"num\">New</th></tr></thead><tbody>");
        foreach (var rule in report.Rules)
        {
            var all = report.Violations.Where(v => v.Rule.Id == rule.Id).ToList();
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{ReportText.Html(document.HelpUri(rule))}\">{ReportText.Html(rule.Id)}</a> {ReportText.Html(rule.Name)}</td><td>{ReportText.Html(rule.Title)}</td><td class=\"num\">{all.Count}</td><td class=\"num\">{all.Count(v => !v.Baselined)}</td></tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static void Matrix(StringBuilder html, ReportDocument document)
    {
        var contexts = document.Report.Model.Contexts.Select(c => c.Name).ToList();
        var edges = document.Edges.ToDictionary(e => (e.From, e.To));
        html.AppendLine("<h2 id=\"matrix\">Dependency matrix</h2>");
        html.AppendLine("<p class=\"muted\">Rows depend on columns: type-to-type uses, reads and writes of the column's tables by SQL (table accesses), and how many of them are violations.</p>");
        html.Append("<table class=\"matrix\"><thead><tr><th>from \\ to</th>");
        contexts.ForEach(c => html.Append("<th>").Append(ReportText.Html(c)).Append("</th>"));
        html.AppendLine("</tr></thead><tbody>");
        foreach (var from in contexts)
        {
            html.Append("<tr><th>").Append(ReportText.Html(from)).Append("</th>");
            foreach (var to in contexts)
            {
                if (from == to)
                {
                    html.Append("<td class=\"self\"></td>");
                }
                else if (edges.TryGetValue((from, to), out var edge))
                {
                    var cycle = edge.InCycle ? " (cycle)" : string.Empty;
                    var uses = edge.DataUses == 0 ? ReportText.Plural(edge.Uses, "use")
                        : edge.Uses == 0 ? ReportText.Plural(edge.DataUses, "table access")
                        : $"{ReportText.Plural(edge.Uses, "use")}, {ReportText.Plural(edge.DataUses, "table access")}";
                    html.Append(edge.Violations > 0
                        ? $"<td class=\"num bad\">{uses}, {ReportText.Plural(edge.Violations, "violation")}{cycle}</td>"
                        : $"<td class=\"num\">{uses}{cycle}</td>");
                }
                else
                {
                    html.Append("<td></td>");
                }
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static void Violations(StringBuilder html, ReportDocument document)
    {
        var report = document.Report;
        html.AppendLine("<h2 id=\"violations\">Violations</h2>");
        html.AppendLine("<div class=\"filters\">");
        html.Append("<label>Rule <select id=\"rule-filter\"><option value=\"\">all rules</option>");
        foreach (var rule in report.Rules)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{ReportText.Html(rule.Id)}\">{ReportText.Html(rule.Id)} {ReportText.Html(rule.Name)}</option>");
        }

        html.AppendLine("</select></label>");
        html.Append("<label>Context <select id=\"context-filter\"><option value=\"\">all contexts</option>");
        foreach (var context in report.Model.Contexts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{ReportText.Html(context.Name)}\">{ReportText.Html(context.Name)}</option>");
        }

        html.AppendLine("</select></label>");
        html.AppendLine("<label>Search <input type=\"search\" id=\"text-filter\" placeholder=\"type, member, file…\"></label>");
        html.AppendLine("<label><input type=\"checkbox\" id=\"new-filter\"> new only</label>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<span class=\"muted\">showing <span id=\"shown-count\">{report.Violations.Count} of {report.Violations.Count}</span></span></div>");
        html.AppendLine("<table id=\"violation-table\"><thead><tr><th>Rule</th><th>Severity</th><th>From</th><th>To</th><th>Violation</th><th>Where</th></tr></thead><tbody>");
        foreach (var violation in report.Violations)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"violation{(violation.Baselined ? " baselined" : string.Empty)}\" data-rule=\"{ReportText.Html(violation.Rule.Id)}\" data-source-context=\"{ReportText.Html(violation.SourceContext)}\" data-target-context=\"{ReportText.Html(violation.TargetContext)}\" data-baselined=\"{(violation.Baselined ? "true" : "false")}\">");
            html.Append(CultureInfo.InvariantCulture, $"<td>{ReportText.Html(violation.Rule.Id)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"sev-{ReportDocument.SeverityName(violation)}\">{ReportDocument.SeverityName(violation)}{(violation.Baselined ? " <span class=\"tag\">baselined</span>" : string.Empty)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{ReportText.Html(violation.SourceContext ?? "–")}</td><td>{ReportText.Html(violation.TargetContext ?? "–")}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{ReportText.Html(violation.Message)}<div class=\"fix\">Fix: {ReportText.Html(violation.Fix)}</div></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td><code>{ReportText.Html(document.Where(violation) ?? ReportDocument.Member(violation))}</code></td></tr>");
            html.AppendLine();
        }

        html.AppendLine("</tbody></table>");
        if (report.Violations.Count == 0)
        {
            html.AppendLine("<p>No violations.</p>");
        }
    }

    private static void Contexts(StringBuilder html, ReportDocument document)
    {
        html.AppendLine("<h2 id=\"contexts\">Contexts</h2>");
        foreach (var context in document.Report.Model.Contexts)
        {
            var from = document.ViolationsFrom(context.Name).ToList();
            var into = document.ViolationsInto(context.Name).ToList();
            html.AppendLine(CultureInfo.InvariantCulture, $"<section class=\"context-section\" data-context=\"{ReportText.Html(context.Name)}\"><h3>{ReportText.Html(context.Name)}</h3>");
            html.AppendLine(CultureInfo.InvariantCulture, $"<p>{ReportText.Plural(context.Types.Count, "type")} in {List(context.Assemblies.Select(a => a.Name))}. Contracts: {(context.ContractAssemblies.Count == 0 ? "none" : List(context.ContractAssemblies))}.</p>");
            var uses = document.Edges.Where(e => e.From == context.Name).Select(e => $"{e.To} ({ReportText.Plural(e.Uses, "use")}{(e.Violations > 0 ? $", {ReportText.Plural(e.Violations, "violation")}" : string.Empty)})").ToList();
            var usedBy = document.Edges.Where(e => e.To == context.Name).Select(e => e.From).ToList();
            html.AppendLine(CultureInfo.InvariantCulture, $"<p>Uses: {(uses.Count == 0 ? "no other context" : ReportText.Html(string.Join(", ", uses)))}. Used by: {(usedBy.Count == 0 ? "no other context" : ReportText.Html(string.Join(", ", usedBy)))}.</p>");
            html.AppendLine(CultureInfo.InvariantCulture, $"<p>{ReportText.Plural(from.Count, "violation")} from this context, {ReportText.Plural(into.Count, "violation")} reaching into it.</p>");
            if (from.Count > 0)
            {
                html.AppendLine("<ul>");
                foreach (var violation in from)
                {
                    html.AppendLine(CultureInfo.InvariantCulture, $"<li>{ReportText.Html(violation.Rule.Id)} {ReportText.Html(violation.Message)} <code>{ReportText.Html(document.Where(violation) ?? string.Empty)}</code></li>");
                }

                html.AppendLine("</ul>");
            }

            html.AppendLine("</section>");
        }
    }

    private static void Notes(StringBuilder html, ReportDocument document)
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

        html.AppendLine("<h2 id=\"notes\">Notes</h2><ul class=\"muted\">");
        notes.ForEach(n => html.Append("<li>").Append(ReportText.Html(n)).AppendLine("</li>"));
        html.AppendLine("</ul>");
    }

    private static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"<code>{ReportText.Html(n)}</code>"));

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlReport).Assembly.GetManifestResourceStream($"FitnessKit.Reporting.Html.{name}")
            ?? throw new InvalidOperationException($"The HTML report resource {name} is missing from the FitnessKit assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
