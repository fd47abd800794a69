using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;

namespace FitnessKit.Tests.TestSupport;

/// <summary>The layout subjects (tests/Subjects/Layouts): small solutions shaped like the layouts <c>fitnesskit init</c> recognises, each built into one folder with a hand-written map beside its projects.</summary>
internal static class LayoutSubjects
{
    public const string ModularMonolith = nameof(ModularMonolith);

    public const string Microservices = nameof(Microservices);

    public const string ProductModules = nameof(ProductModules);

    public const string LayeredModules = nameof(LayeredModules);

    public const string ModulesInOneAssembly = nameof(ModulesInOneAssembly);

    public const string TopLevelModules = nameof(TopLevelModules);

    /// <summary>The folder the layout's assemblies are built into, as a host's bin folder holds them.</summary>
    public static string Output(string layout) => Path.Combine(Repository.Root, "artifacts", "subjects", "Layouts", layout);

    /// <summary>The map an architect wrote by hand for the layout.</summary>
    public static string HandWrittenMap(string layout) => Path.Combine(Repository.Root, "tests", "Subjects", "Layouts", layout, "fitness.json");

    /// <summary>Checks a configuration file as <c>fitnesskit check</c> does and returns what it found, ordered.</summary>
    public static FitnessReport Check(string configPath)
    {
        var config = FitnessConfig.Load(configPath);
        return FitnessCheck.Evaluate(CodeBase.Load(config.Assemblies), config.Map, config.Rules, config.Severities);
    }

    public static IReadOnlyList<PlantedFinding> Findings(FitnessReport report) =>
        [.. report.Violations.Select(PlantedFinding.Of).Order(Comparer<PlantedFinding>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString())))];
}
