using FitnessKit.Configuration;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;

namespace FitnessKit.Tests.TestSupport;

/// <summary>The compiled Shop samples as the integration packages see them: the bin folder, the map, and the report, loaded once.</summary>
internal static class ShopSample
{
    public const string Good = "Shop";

    public const string Broken = "Shop.Broken";

    private static readonly Lazy<FitnessReport> GoodReport = new(() => Evaluate(Good));

    private static readonly Lazy<FitnessReport> BrokenReport = new(() => Evaluate(Broken));

    /// <summary>Gets the good sample's context map: the four contexts both samples have. The broken sample's own map adds Reporting and Worker (<see cref="MapOf"/>).</summary>
    public static ContextMap Map { get; } = MapOf(Good);

    /// <summary>The context map of a sample's own fitness.json.</summary>
    public static ContextMap MapOf(string sample) => FitnessConfig.Load(Path.Combine(Repository.Sample(sample), "fitness.json")).Map;

    public static string Bin(string sample) => Path.Combine(Repository.Sample(sample), "bin");

    public static AssemblySource Assemblies(string sample) => AssemblySource.Folder(Bin(sample), "Shop.*.dll");

    public static FitnessReport Report(string sample) => sample == Good ? GoodReport.Value : BrokenReport.Value;

    /// <summary>Makes a message independent of where the repository is: source paths become relative to its root.</summary>
    public static string Portable(string message) =>
        message.Replace(Repository.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    private static FitnessReport Evaluate(string sample) => FitnessCheck.Evaluate(Assemblies(sample), MapOf(sample));
}
