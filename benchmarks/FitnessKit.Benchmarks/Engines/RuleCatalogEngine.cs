using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>FitnessKit's full rule catalog on a folder with a fitness.json: load, resolve the context map, evaluate every rule, locate every violation.</summary>
internal sealed class RuleCatalogEngine(string configPath, string? cacheDirectory = null, string? name = null) : IEngine
{
    public string Name => name ?? (cacheDirectory is null ? "FitnessKit rule catalog" : "FitnessKit rule catalog (warm cache)");

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        var config = FitnessConfig.Load(configPath);
        var codeBase = CodeBase.Load(config.Assemblies, new LoadOptions { CacheDirectory = cacheDirectory });
        var report = FitnessCheck.Evaluate(codeBase, config.Map, config.Rules, config.Severities);
        return new EngineAnswer(codeBase.Assemblies.Count, codeBase.TypeCount, new ViolationKeys(report.Violations), $"{report.Violations.Count} violations", Holds: report);
    }
}
