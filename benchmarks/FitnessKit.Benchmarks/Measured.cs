namespace FitnessKit.Benchmarks;

/// <summary>The medians of one engine's runs on one corpus: whole-process wall time, time in the process, peak memory; the last run's result.</summary>
internal sealed record Measured(string Id, string Corpus, double Wall, double Inner, double Peak, ChildResult Result, RuntimeCounters? Counters = null)
{
    /// <summary>Gets the corpus's MB of IL.</summary>
    public double Megabytes => Result.Bytes / 1048576.0;

    /// <summary>Gets whether the engine is a peer tool, compared with FitnessKit's question.</summary>
    public bool IsPeer => Id is "netarchtest" or "archunit";
}
