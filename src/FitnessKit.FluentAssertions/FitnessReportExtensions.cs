using FitnessKit.Evaluation;

namespace FitnessKit.FluentAssertions;

/// <summary>The entry point of the assertions: <c>report.Should()</c>.</summary>
public static class FitnessReportExtensions
{
    /// <summary>Starts an assertion on a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The assertions.</returns>
    public static FitnessReportAssertions Should(this FitnessReport report) => new(report);
}
