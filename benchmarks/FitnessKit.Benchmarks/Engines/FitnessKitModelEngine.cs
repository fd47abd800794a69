using FitnessKit.Inspection;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// FitnessKit's full model, for comparison: every dependency of every type of the assemblies that hold subject types
/// decoded and kept (what the rule catalog reads), then the question asked of those dependencies.
/// </summary>
internal sealed class FitnessKitModelEngine(string? cacheDirectory = null) : IEngine
{
    public string Name => cacheDirectory is null ? "FitnessKit (full model)" : "FitnessKit (full model, warm cache)";

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        var codeBase = CodeBase.Load(AssemblySource.Files([.. assemblyFiles]), new LoadOptions { CacheDirectory = cacheDirectory });
        var subjects = codeBase.Types.Where(t => question.IsSubject(t.Name.Namespace)).ToList();
        // Decoding is per assembly, on both cores, as CodeBase does it for rules.
        Parallel.ForEach(subjects.Select(t => t.Assembly).Distinct(), assembly => _ = assembly.Types[0].Dependencies);
        var violating = subjects.Where(t => t.Dependencies.Any(d => question.IsForbidden(d.Target.Namespace)))
            .Select(t => t.FullName)
            .ToHashSet(StringComparer.Ordinal);
        return new EngineAnswer(codeBase.Assemblies.Count, codeBase.TypeCount, violating);
    }
}
