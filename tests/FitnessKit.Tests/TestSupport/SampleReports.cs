namespace FitnessKit.Tests.TestSupport;

/// <summary>The bundled samples, checked once per test run through their own fitness.json.</summary>
internal static class SampleReports
{
    private static readonly Lazy<FitnessReport> BrokenReport = new(() => Check("Shop.Broken"));
    private static readonly Lazy<FitnessReport> GoodReport = new(() => Check("Shop"));

    /// <summary>Gets the report of samples/Shop.Broken: its six planted violations.</summary>
    public static FitnessReport Broken => BrokenReport.Value;

    /// <summary>Gets the report of samples/Shop: clean.</summary>
    public static FitnessReport Good => GoodReport.Value;

    public static string Config(string sample) => Path.Combine(Repository.Sample(sample), "fitness.json");

    /// <summary>A copy of <paramref name="report"/> with other violations, for scenarios the samples cannot show on their own.</summary>
    public static FitnessReport WithViolations(FitnessReport report, IEnumerable<Violation> violations) =>
        new(report.Model, report.Rules, [.. violations]);

    private static FitnessReport Check(string sample)
    {
        var config = FitnessConfig.Load(Config(sample));
        return FitnessCheck.Evaluate(CodeBase.Load(config.Assemblies), config.Map, config.Rules, config.Severities);
    }
}
