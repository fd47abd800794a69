using System.Collections;
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
        return new EngineAnswer(codeBase.Assemblies.Count, codeBase.TypeCount, new ViolationKeys(report), $"{report.Violations.Count} violations", Holds: report);
    }

    /// <summary>
    /// The keys of a report's violations, the benchmark's answer, made when first read: after the child has taken the
    /// check's peak and weighed what its report holds. Made at once, 17,753 keys over 3,000 assemblies (4.7 MB) were
    /// counted in both, though no user of the library makes them.
    /// </summary>
    private sealed class ViolationKeys(FitnessReport report) : IReadOnlyCollection<string>
    {
        private string[]? _keys;

        public int Count => report.Violations.Count;

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)(_keys ??= [.. report.Violations.Select(v => v.Key)])).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
