using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace FitnessKit.Reporting;

/// <summary>
/// The violations of the HTML report as data for its script, inside <c>&lt;script type="application/json"&gt;</c>: an
/// array with an object per violation (<c>r</c> rule, <c>s</c> severity, <c>b</c> baselined, <c>f</c> and <c>t</c> the
/// source and target contexts, left out when there is none, <c>m</c> message, <c>x</c> fix, <c>w</c> where). The script shows a page of them at a
/// time, so the page stays light at tens of thousands. Texts are <see cref="ReportText.Printable"/>, as everywhere in
/// the page, and <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes are written as <c>\u003C</c> and so on, so no
/// name can end the element or open a tag.
/// </summary>
internal static class HtmlViolationData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(Stream stream, ReportDocument document)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartArray();
        foreach (var violation in document.Violations)
        {
            json.WriteStartObject();
            json.WriteString("r", violation.Rule.Id);
            json.WriteString("s", ReportDocument.SeverityName(violation));
            if (violation.Baselined)
            {
                json.WriteBoolean("b", true);
            }

            Context(json, "f", violation.SourceContext);
            Context(json, "t", violation.TargetContext);
            json.WriteString("m", ReportText.Printable(violation.Message));
            json.WriteString("x", ReportText.Printable(violation.Fix));
            json.WriteString("w", ReportText.Printable(document.Where(violation) ?? ReportDocument.Member(violation)));
            json.WriteEndObject();
            JsonOutput.FlushIfFull(json);
        }

        json.WriteEndArray();
    }

    /// <summary>A context, left out when there is none.</summary>
    private static void Context(Utf8JsonWriter json, string name, string? context)
    {
        if (context is not null)
        {
            json.WriteString(name, ReportText.Printable(context));
        }
    }
}
