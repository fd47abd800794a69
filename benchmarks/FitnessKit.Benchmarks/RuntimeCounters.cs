namespace FitnessKit.Benchmarks;

/// <summary>
/// What the runtime itself counted while an engine answered, in its process: the collector's pauses and collections,
/// the methods the JIT compiled and the time it took (on any thread), and the bytes allocated. Counts, unlike times, do
/// not drift with the machine's speed, which is why decisions compare them.
/// </summary>
internal sealed record RuntimeCounters(double GcPauseMilliseconds, int Gen0, int Gen1, int Gen2, double JitMilliseconds, long JitMethods, double AllocatedMegabytes)
{
    /// <summary>The runtime's running totals now; <see cref="Since"/> turns two of them into what happened between.</summary>
    public static RuntimeCounters Now() => new(
        GC.GetTotalPauseDuration().TotalMilliseconds,
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,
        System.Runtime.JitInfo.GetCompiledMethodCount(),
        GC.GetTotalAllocatedBytes(precise: true) / 1048576.0);

    public RuntimeCounters Since(RuntimeCounters start) => new(
        GcPauseMilliseconds - start.GcPauseMilliseconds,
        Gen0 - start.Gen0,
        Gen1 - start.Gen1,
        Gen2 - start.Gen2,
        JitMilliseconds - start.JitMilliseconds,
        JitMethods - start.JitMethods,
        AllocatedMegabytes - start.AllocatedMegabytes);

    /// <summary>The median of each counter over several runs.</summary>
    public static RuntimeCounters? Median(IReadOnlyList<RuntimeCounters?> runs)
    {
        var counted = runs.OfType<RuntimeCounters>().ToList();
        if (counted.Count == 0)
        {
            return null;
        }

        double Of(Func<RuntimeCounters, double> value) => counted.Select(value).Order().ElementAt(counted.Count / 2);
        return new(Of(c => c.GcPauseMilliseconds), (int)Of(c => c.Gen0), (int)Of(c => c.Gen1), (int)Of(c => c.Gen2), Of(c => c.JitMilliseconds), (long)Of(c => c.JitMethods), Of(c => c.AllocatedMegabytes));
    }
}
