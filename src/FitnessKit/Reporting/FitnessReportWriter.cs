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

    /// <summary>
    /// Writes a report in several formats into a directory, each to its file (<see cref="ReportFormats.FileName"/>), as
    /// one set: every file is written in full before any is replaced, so the folder holds the old set or the new one,
    /// never new HTML beside old JSON. When one cannot be written, the old files are left as they were.
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
        var files = formats.Distinct().Select(format => (Path: Path.Combine(folder, ReportFormats.FileName(format)), Text: Render(report, format, options))).ToList();
        AtomicFileSet.WriteAllText(files);
        return [.. files.Select(f => f.Path)];
    }
}
