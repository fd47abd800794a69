using System.Collections.Concurrent;
using FitnessKit.Inspection;

namespace FitnessKit.NetArchTest;

/// <summary>The FitnessKit view of each assembly file NetArchTest shows a type from, read once per file and process.</summary>
internal static class ModuleTypes
{
    private static readonly ConcurrentDictionary<string, Lazy<FitnessTypes>> Files = new(StringComparer.Ordinal);

    public static FitnessTypes Of(string file) =>
        Files.GetOrAdd(file, f => new Lazy<FitnessTypes>(() => FitnessTypes.Load(AssemblySource.Files(f)))).Value;
}
