using FitnessKit.Loading;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// Not an answer: the least any cache keyed by MVID must do before it can trust a single cached fact, which is to open
/// every assembly and read its MVID, on both cores, as FitnessKit's cache does (a few small reads at the offsets the
/// headers give). A warm run can be no faster than this.
/// </summary>
internal sealed class MvidCheckEngine : IEngine
{
    public string Name => "MVID check only (bound for any warm run)";

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        var mvids = new Guid[assemblyFiles.Count];
        Parallel.For(0, assemblyFiles.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (MvidReader.TryRead(assemblyFiles[i], out var mvid))
            {
                mvids[i] = mvid;
            }
        });
        return new EngineAnswer(mvids.Count(m => m != Guid.Empty), 0, [], $"{mvids.Distinct().Count(m => m != Guid.Empty)} MVIDs");
    }
}
