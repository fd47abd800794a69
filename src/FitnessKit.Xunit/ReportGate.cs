using FitnessKit.Baselines;
using FitnessKit.Evaluation;
using FitnessKit.Reporting;
using FitnessKit.Rules;
using Xunit.Abstractions;

namespace FitnessKit.Xunit;

/// <summary>
/// The one place every assertion of this package goes through: it applies the baseline named by
/// <c>FITNESSKIT_BASELINE</c>, writes the reports asked for by <c>FITNESSKIT_REPORT_DIR</c>, writes what was checked
/// to the test output, and decides whether the test fails.
/// </summary>
internal static class ReportGate
{
    /// <summary>A baseline file applied to every asserted report that has none yet.</summary>
    public const string BaselineVariable = "FITNESSKIT_BASELINE";

    /// <summary>A folder to write the reports of every assertion into, so teams that only run tests still get them.</summary>
    public const string ReportDirectoryVariable = "FITNESSKIT_REPORT_DIR";

    /// <summary>The report formats to write (<c>html,md,json,sarif,junit</c> or <c>all</c>); all by default.</summary>
    public const string ReportFormatsVariable = "FITNESSKIT_REPORT_FORMATS";

    public static void Enforce(FitnessReport report, ITestOutputHelper? output) => Enforce(report, output, Environment.GetEnvironmentVariable);

    /// <summary>Enforces with the settings read from <paramref name="environment"/> (tests pass their own, since the process environment is shared).</summary>
    internal static void Enforce(FitnessReport report, ITestOutputHelper? output, Func<string, string?> environment)
    {
        (report, var reports) = Prepare(report, environment);
        var description = report.Describe() + reports;
        output?.WriteLine(description);
        if (report.HasErrors)
        {
            throw new FitnessAssertException(report, description);
        }
    }

    /// <summary>Applies the baseline and writes the reports that the environment asks for.</summary>
    /// <returns>The report with the baseline applied, and a line naming the reports written (empty when none).</returns>
    internal static (FitnessReport Report, string Reports) Prepare(FitnessReport report, Func<string, string?> environment)
    {
        if (report.Baseline is null && environment(BaselineVariable) is { Length: > 0 } baseline)
        {
            report = report.Against(Baseline.Load(baseline));
        }

        if (environment(ReportDirectoryVariable) is { Length: > 0 } directory)
        {
            var written = WriteReports(report, directory, environment(ReportFormatsVariable));
            return (report, $"Reports: {string.Join(", ", written)}{Environment.NewLine}");
        }

        return (report, string.Empty);
    }

    /// <summary>Writes into <c>DIR/all</c> for a check of every rule, or <c>DIR/FK001</c> and so on for a check of some, so the per-rule test cases of one run do not overwrite each other.</summary>
    private static IReadOnlyList<string> WriteReports(FitnessReport report, string directory, string? formatList)
    {
        var everyRule = RuleCatalog.Descriptors.All(d => report.Rules.Any(r => r.Id == d.Id));
        var folder = Path.Combine(Path.GetFullPath(directory), everyRule ? "all" : string.Join("-", report.Rules.Select(r => r.Id)));
        var formats = formatList is { Length: > 0 } ? ReportFormats.Parse(formatList) : ReportFormats.All;
        return FitnessReportWriter.Write(report, folder, formats);
    }
}
