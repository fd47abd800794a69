using FitnessKit.Evaluation;
using FitnessKit.Reporting;
using FitnessKit.Tests.TestSupport;

namespace FitnessKit.Tests.Reporting;

/// <summary>Renders reports the way the tests need them: paths relative to the repository, every SARIF log validated against the OASIS schema, and the machine-specific root replaced for snapshots.</summary>
internal static class ReportRendering
{
    public static ReportOptions Options { get; } = new() { BaseDirectory = Repository.Root };

    public static string Render(FitnessReport report, ReportFormat format)
    {
        var text = FitnessReportWriter.Render(report, format, Options);
        if (format == ReportFormat.Sarif)
        {
            var problems = JsonSchemas.SarifProblems(text);
            if (problems.Count > 0)
            {
                throw new global::Xunit.Sdk.XunitException($"The SARIF log is not valid SARIF 2.1.0:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
            }
        }

        return text;
    }

    /// <summary>The text with the repository's absolute location replaced, so snapshots hold on any clone.</summary>
    public static string Portable(string text) =>
        text.Replace(new Uri(Repository.Root.TrimEnd('/') + "/").AbsoluteUri, "file:///REPOSITORY/", StringComparison.Ordinal);
}
