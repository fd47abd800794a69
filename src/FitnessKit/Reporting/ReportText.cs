using System.Net;
using System.Text;

namespace FitnessKit.Reporting;

/// <summary>Escapes names for each output language. A type name can legally hold <c>&lt;</c>, quotes, control characters, bidirectional overrides and any Unicode, and none of it may change the meaning or the look of a report.</summary>
internal static class ReportText
{
    /// <summary>Writes control, invisible and bidirectional formatting characters, and those XML 1.0 forbids, as <c>\uXXXX</c>, as the console does (<see cref="PrintableText"/>).</summary>
    public static string Printable(string text) => PrintableText.Of(text);

    /// <summary>Escapes text for HTML and SVG content and attribute values.</summary>
    public static string Html(string? text) => WebUtility.HtmlEncode(Printable(text ?? string.Empty));

    /// <summary>Escapes text for Markdown: no markup, no HTML, no table breaks, one line.</summary>
    public static string Markdown(string? text)
    {
        var result = new StringBuilder();
        foreach (var c in Printable(text ?? string.Empty))
        {
            switch (c)
            {
                case '&':
                    result.Append("&amp;");
                    break;
                case '<':
                    result.Append("&lt;");
                    break;
                case '>':
                    result.Append("&gt;");
                    break;
                case '\r' or '\n' or '\t':
                    result.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    result.Append('\\').Append(c);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>Escapes text for a quoted Mermaid label, with Mermaid's own entity codes.</summary>
    public static string Mermaid(string text)
    {
        var result = new StringBuilder();
        foreach (var c in Printable(text))
        {
            result.Append(c switch
            {
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '&' => "#amp;",
                '#' => "#35;",
                '\r' or '\n' or '\t' => " ",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    public static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
