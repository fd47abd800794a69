using static System.FormattableString;

namespace FitnessKit.Reporting;

/// <summary>
/// A section per context in the HTML report: its assemblies and contracts, whom it uses and who uses it, what it may use
/// of each context it breaks a rule on (once per pair, not once per violation), and its first violations, with a button
/// that shows them all in the table.
/// </summary>
internal static class HtmlContextSections
{
    public static void Write(TextWriter html, ReportDocument document)
    {
        html.WriteLine("<h2 id=\"contexts\">Contexts</h2>");
        foreach (var context in document.Report.Model.Contexts)
        {
            var from = document.CountFrom(context.Name);
            var into = document.CountInto(context.Name);
            var name = ReportText.Html(context.Name);
            html.WriteLine($"<section class=\"context-section\" data-context=\"{name}\"><h3>{name}</h3>");
            html.WriteLine($"<p>{ReportText.Plural(context.Types.Count, "type")} in {List(context.Assemblies.Select(a => a.Name))}. Contracts: {(context.ContractAssemblies.Count == 0 ? "none" : List(context.ContractAssemblies))}.</p>");
            var uses = document.Edges.Where(e => e.From == context.Name).Select(e => $"{e.To} ({ReportText.Plural(e.Uses, "use")}{(e.Violations > 0 ? $", {ReportText.Plural(e.Violations, "violation")}" : string.Empty)})").ToList();
            var usedBy = document.Edges.Where(e => e.To == context.Name).Select(e => e.From).ToList();
            html.WriteLine($"<p>Uses: {(uses.Count == 0 ? "no other context" : ReportText.Html(string.Join(", ", uses)))}. Used by: {(usedBy.Count == 0 ? "no other context" : ReportText.Html(string.Join(", ", usedBy)))}.</p>");
            foreach (var pair in document.Allowed.From(context.Name))
            {
                html.WriteLine($"<details class=\"allowed\" data-to=\"{ReportText.Html(pair.To)}\"><summary>What {name} may use of {ReportText.Html(pair.To)} instead: {ReportText.Plural(pair.Allowed.Count, "contract type")}</summary><p><code>{ReportText.Html(string.Join(", ", pair.Allowed))}</code></p></details>");
            }

            html.WriteLine($"<p>{ReportText.Plural(from, "violation")} from this context, {ReportText.Plural(into, "violation")} reaching into it.</p>");
            if (from > 0)
            {
                html.WriteLine("<ul>");
                foreach (var violation in document.ViolationsFrom(context.Name).Take(HtmlReport.MostListedPerContext))
                {
                    html.WriteLine($"<li>{ReportText.Html(violation.Rule.Id)} {ReportText.Html(violation.Message)} <code>{ReportText.Html(document.Where(violation) ?? string.Empty)}</code></li>");
                }

                html.WriteLine("</ul>");
            }

            if (from + into > HtmlReport.MostListedPerContext)
            {
                html.WriteLine(Invariant($"<p><button type=\"button\" class=\"show-context\" data-context=\"{name}\">Show all {from + into} in the violations table</button></p>"));
            }

            html.WriteLine("</section>");
        }
    }

    private static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"<code>{ReportText.Html(n)}</code>"));
}
