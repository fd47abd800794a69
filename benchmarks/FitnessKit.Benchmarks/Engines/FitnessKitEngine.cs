using FitnessKit.Inspection;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>FitnessKit: loads every assembly's type headers, then decodes every dependency kind of the assemblies that hold subject types, in parallel.</summary>
internal sealed class FitnessKitEngine(string? cacheDirectory = null, string? name = null) : IEngine
{
    public string Name => name ?? (cacheDirectory is null ? "FitnessKit" : "FitnessKit (warm cache)");

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        var codeBase = CodeBase.Load(AssemblySource.Files([.. assemblyFiles]), new LoadOptions { CacheDirectory = cacheDirectory });
        var violating = codeBase.TypesDependingOn(target => question.IsForbidden(target.Namespace), source => question.IsSubject(source.Name.Namespace))
            .Select(t => t.FullName)
            .ToHashSet(StringComparer.Ordinal);
        return new EngineAnswer(codeBase.Assemblies.Count, codeBase.TypeCount, violating);
    }
}
