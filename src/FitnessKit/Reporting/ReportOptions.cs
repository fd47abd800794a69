namespace FitnessKit.Reporting;

/// <summary>How reports are written. One options object for every format.</summary>
public sealed class ReportOptions
{
    /// <summary>The documentation the reports link rule ids to.</summary>
    public const string DefaultHelpBaseUri = "https://github.com/fitnesskit/fitnesskit/blob/main/";

    /// <summary>Gets the default options.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Gets the directory source paths are shown relative to (and the SARIF <c>SRCROOT</c>).</summary>
    /// <value>The default value is <see langword="null"/>: the current directory.</value>
    public string? BaseDirectory { get; init; }

    /// <summary>Gets the base URI of the rule documentation; a rule's page is <c>{HelpBaseUri}docs/rules/{id}.md</c>.</summary>
    /// <value>The default value is <see cref="DefaultHelpBaseUri"/>.</value>
    public string HelpBaseUri { get; init; } = DefaultHelpBaseUri;

    /// <summary>Gets the title shown at the top of the HTML and Markdown reports.</summary>
    /// <value>The default value is <c>FitnessKit report</c>.</value>
    public string Title { get; init; } = "FitnessKit report";

    /// <summary>Gets how many violations the Markdown summary lists before it says how many more there are (job summaries have a size limit).</summary>
    /// <value>The default value is 100.</value>
    public int MarkdownViolationLimit { get; init; } = 100;
}
