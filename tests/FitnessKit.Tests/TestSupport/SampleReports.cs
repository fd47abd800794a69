using FitnessKit.Evaluation;
using FitnessKit.Rules;

namespace FitnessKit.Tests.TestSupport;

/// <summary>The bundled samples' reports (checked once, see <see cref="ShopSample"/>), their configuration files, and variations of a report for scenarios the samples cannot show on their own.</summary>
internal static class SampleReports
{
    /// <summary>Gets the report of samples/Shop.Broken, checked with its own fitness.json: every planted violation.</summary>
    public static FitnessReport Broken => ShopSample.Report(ShopSample.Broken);

    /// <summary>Gets the report of samples/Shop: clean.</summary>
    public static FitnessReport Good => ShopSample.Report(ShopSample.Good);

    public static string Config(string sample) => Path.Combine(Repository.Sample(sample), "fitness.json");

    /// <summary>A copy of <paramref name="report"/> with other violations.</summary>
    public static FitnessReport WithViolations(FitnessReport report, IEnumerable<Violation> violations) =>
        new(report.Model, report.Rules, [.. violations]);
}
