using Xunit.Abstractions;

namespace FitnessKit.Xunit;

/// <summary>
/// The one place every assertion of this package goes through: it writes what was checked to the test output and
/// decides whether the test fails. Whatever should happen to every asserted report (comparing it with a baseline,
/// writing a report file named by an environment variable) belongs here and nowhere else.
/// </summary>
internal static class ReportGate
{
    public static void Enforce(FitnessReport report, ITestOutputHelper? output)
    {
        var description = report.Describe();
        output?.WriteLine(description);

        // Seam: baseline status and report writing are added here, before the decision.
        if (report.HasErrors)
        {
            throw new FitnessAssertException(report, description);
        }
    }
}
