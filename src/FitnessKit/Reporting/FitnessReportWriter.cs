using System.Text;
using FitnessKit.Evaluation;

namespace FitnessKit.Reporting;

/// <summary>Writes a <see cref="FitnessReport"/> as HTML, Markdown, JSON, SARIF or JUnit XML. Every format renders the same model, and the files of a report are written as one set.</summary>
public static class FitnessReportWriter
{
    /// <summary>Renders a report in one format.</summary>
    /// <param name="report">The report, with or without a baseline applied.</param>
    /// <param name="format">The format.</param>
    /// <param name="options">How to write it; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The text of the report.</returns>
    public static string Render(FitnessReport report, ReportFormat format, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        Write(ReportDocument.From(report, options), format, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Writes a report in several formats into a directory, each to its file (<see cref="ReportFormats.FileName"/>), as
    /// one set: every file is written in full before any is replaced, so the folder holds the old set or the new one,
    /// never new HTML beside old JSON. When one cannot be written, the old files are left as they were. Each file is
    /// written to disk as it is produced, never held whole in memory.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="directory">The directory; created when missing. Nothing is written outside it.</param>
    /// <param name="formats">The formats.</param>
    /// <param name="options">How to write them.</param>
    /// <returns>The full paths of the files written, in the order of <paramref name="formats"/>.</returns>
    /// <exception cref="FitnessKitException">A file cannot be written; none was changed.</exception>
    public static IReadOnlyList<string> Write(FitnessReport report, string directory, IEnumerable<ReportFormat> formats, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(formats);
        var folder = Path.GetFullPath(directory);
        var wanted = formats.Distinct().ToList();
        var document = ReportDocument.From(report, options);
        var files = wanted.Select(format => (Path: Path.Combine(folder, ReportFormats.FileName(format)), Write: (Action<Stream>)(stream => Write(document, format, stream)))).ToList();
        AtomicFileSet.Write(files);
        return [.. files.Select(f => f.Path)];
    }

    /// <summary>Writes a report in one format to a stream, as it is produced: the text is never held whole in memory.</summary>
    /// <param name="report">The report, with or without a baseline applied.</param>
    /// <param name="format">The format.</param>
    /// <param name="stream">Where to write the UTF-8 text; left open.</param>
    /// <param name="options">How to write it; <see cref="ReportOptions.Default"/> when <see langword="null"/>.</param>
    public static void Write(FitnessReport report, ReportFormat format, Stream stream, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        Write(ReportDocument.From(report, options), format, stream);
    }

    private static void Write(ReportDocument document, ReportFormat format, Stream stream)
    {
        switch (format)
        {
            case ReportFormat.Html:
                HtmlReport.Write(document, stream);
                break;
            case ReportFormat.Markdown:
                using (var text = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true))
                {
                    MarkdownReport.Write(document, text);
                }

                break;
            case ReportFormat.Json:
                JsonReport.Write(document, stream);
                break;
            case ReportFormat.Sarif:
                SarifReport.Write(document, stream);
                break;
            case ReportFormat.JUnit:
                JUnitReport.Write(document, stream);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }
}
