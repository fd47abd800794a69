using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// Not an answer: the least any cache keyed by MVID must do before it can trust a single cached fact, which is to open
/// every assembly and read its MVID, on both cores. A warm run can be no faster than this.
/// </summary>
internal sealed class MvidCheckEngine : IEngine
{
    public string Name => "MVID check only (bound for any warm run)";

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        var mvids = new Guid[assemblyFiles.Count];
        Parallel.For(0, assemblyFiles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            using var pe = new PEReader(File.OpenRead(assemblyFiles[i]));
            if (pe.HasMetadata)
            {
                var metadata = pe.GetMetadataReader();
                mvids[i] = metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
            }
        });
        return new EngineAnswer(mvids.Count(m => m != Guid.Empty), 0, [], $"{mvids.Distinct().Count(m => m != Guid.Empty)} MVIDs");
    }
}
