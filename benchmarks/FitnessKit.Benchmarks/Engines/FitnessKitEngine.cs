namespace FitnessKit.Benchmarks.Engines;

/// <summary>FitnessKit: loads every assembly into its model (all dependency kinds), then filters.</summary>
internal sealed class FitnessKitEngine(string? cacheDirectory = null) : IEngine
{
    public string Name => cacheDirectory is null ? "FitnessKit" : "FitnessKit (warm cache)";

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        var codeBase = CodeBase.Load(AssemblySource.Files([.. assemblyFiles]), new LoadOptions { CacheDirectory = cacheDirectory });
        var violating = codeBase.Types
            .Where(t => question.IsSubject(t.Name.Namespace) && t.Dependencies.Any(d => question.IsForbidden(d.Target.Namespace)))
            .Select(t => t.FullName)
            .ToHashSet(StringComparer.Ordinal);
        return new EngineAnswer(codeBase.Assemblies.Count, codeBase.Types.Count(), violating);
    }
}
