namespace FitnessKit.Reporting;

/// <summary>Names of report formats as users type them (<c>html,md,json,sarif,junit</c> or <c>all</c>), and the file each is written to.</summary>
public static class ReportFormats
{
    private static readonly (string Name, ReportFormat Format)[] Names =
    [
        ("html", ReportFormat.Html),
        ("md", ReportFormat.Markdown),
        ("markdown", ReportFormat.Markdown),
        ("json", ReportFormat.Json),
        ("sarif", ReportFormat.Sarif),
        ("junit", ReportFormat.JUnit),
    ];

    /// <summary>Gets every format.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Json, ReportFormat.Sarif, ReportFormat.JUnit];

    /// <summary>Parses a comma-separated list of format names; <c>all</c> means every format.</summary>
    /// <param name="list">Such as <c>html,sarif</c>.</param>
    /// <returns>The formats, each once, in the order given.</returns>
    /// <exception cref="FitnessKitException">A name is not a format; the message lists the formats.</exception>
    public static IReadOnlyList<ReportFormat> Parse(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var formats = new List<ReportFormat>();
        foreach (var name in list.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (string.Equals(name, "all", StringComparison.OrdinalIgnoreCase))
            {
                formats.AddRange(All);
                continue;
            }

            var match = Names.FirstOrDefault(n => string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                throw new FitnessKitException($"'{name}' is not a report format{Suggestions.DidYouMean(name, Names.Select(n => n.Name))}. Formats: html, md, json, sarif, junit, or all.");
            }

            formats.Add(match.Format);
        }

        if (formats.Count == 0)
        {
            throw new FitnessKitException("No report format was given. Formats: html, md, json, sarif, junit, or all.");
        }

        return [.. formats.Distinct()];
    }

    /// <summary>Gets the file name a format is written to.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Such as <c>fitness-report.sarif</c>.</returns>
    public static string FileName(ReportFormat format) => format switch
    {
        ReportFormat.Html => "fitness-report.html",
        ReportFormat.Markdown => "fitness-report.md",
        ReportFormat.Json => "fitness-report.json",
        ReportFormat.Sarif => "fitness-report.sarif",
        ReportFormat.JUnit => "fitness-report.junit.xml",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
