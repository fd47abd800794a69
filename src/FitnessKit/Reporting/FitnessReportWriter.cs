using FitnessKit.Evaluation;

namespace FitnessKit.Reporting;

/// <summary>Writes a <see cref="FitnessReport"/> as HTML, Markdown, JSON, SARIF or JUnit XML. Every format renders the same model, and files are written atomically.</summary>
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
        var document = ReportDocument.From(report, options);
        return format switch
        {
            ReportFormat.Html => HtmlReport.Render(document),
            ReportFormat.Markdown => MarkdownReport.Render(document),
            ReportFormat.Json => JsonReport.Render(document),
            ReportFormat.Sarif => SarifReport.Render(document),
            ReportFormat.JUnit => JUnitReport.Render(document),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }

    /// <summary>Writes a report in several formats into a directory, each to its file (<see cref="ReportFormats.FileName"/>), atomically.</summary>
    /// <param name="report">The report.</param>
    /// <param name="directory">The directory; created when missing. Nothing is written outside it.</param>
    /// <param name="formats">The formats.</param>
    /// <param name="options">How to write them.</param>
    /// <returns>The full paths of the files written, in the order of <paramref name="formats"/>.</returns>
    /// <exception cref="FitnessKitException">A file cannot be written.</exception>
    public static IReadOnlyList<string> Write(FitnessReport report, string directory, IEnumerable<ReportFormat> formats, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(formats);
        var written = new List<string>();
        foreach (var format in formats.Distinct())
        {
            var path = Path.Combine(Path.GetFullPath(directory), ReportFormats.FileName(format));
            AtomicFile.WriteAllText(path, Render(report, format, options));
            written.Add(path);
        }

        return written;
    }
}
