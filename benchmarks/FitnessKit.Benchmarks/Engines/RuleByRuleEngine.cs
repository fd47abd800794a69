using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// The rule catalog as a test project with one test case per rule runs it (<c>[Theory, CatalogRules]</c>, the layout
/// docs/getting-started.md shows): the code base loaded once, then each rule checked on its own with the same map, one
/// after the other. Its answer is every case's violations together, which differs from the catalog's in one check: rules
/// checked together leave to each other what both would report (FK001 a foreign DbContext to FK008).
/// </summary>
internal sealed class RuleByRuleEngine(string configPath) : IEngine
{
    public string Name => "FitnessKit rule catalog, one check per rule";

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        var config = FitnessConfig.Load(configPath);
        var codeBase = CodeBase.Load(config.Assemblies);
        var reports = new List<FitnessReport>();
        foreach (var rule in config.Rules ?? RuleCatalog.All)
        {
            reports.Add(FitnessCheck.Evaluate(codeBase, config.Map, [rule], config.Severities));
        }

        List<Violation> violations = [.. reports.SelectMany(r => r.Violations)];
        return new EngineAnswer(codeBase.Assemblies.Count, codeBase.TypeCount, new ViolationKeys(violations), $"{violations.Count} violations in {reports.Count} checks", Holds: reports);
    }
}
