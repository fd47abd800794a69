using System.Globalization;

namespace FitnessKit.Benchmarks;

/// <summary>Where FitnessKit's time in the process went, by the runtime's own counters (<see cref="RuntimeCounters"/>): the collector and the JIT, next to the wall time.</summary>
internal static class RuntimeCosts
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Say(List<Measured> results, Action<string> say)
    {
        var rows = results.Where(r => r.Counters is not null && (r.Id == "fitnesskit" || r.Id.StartsWith("rules", StringComparison.Ordinal))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        say("The runtime's own counters in the process, medians of the runs (the JIT's time counts every thread, the tier-1 compilations in the background included):");
        foreach (var r in rows)
        {
            var c = r.Counters!;
            say(string.Create(Invariant, $"- {r.Result.Engine} on {r.Corpus}: {r.Inner:0.00} s; the collector paused {c.GcPauseMilliseconds / 1000:0.00} s ({Share(c.GcPauseMilliseconds, r.Inner)}) in {Collections(c.Gen0)} ({c.Gen1} of generation 1 or 2, {c.Gen2} of generation 2); the JIT compiled {c.JitMethods:N0} methods in {c.JitMilliseconds / 1000:0.00} s; {c.AllocatedMegabytes:N0} MB allocated."));
        }
    }

    private static string Share(double milliseconds, double seconds) =>
        seconds <= 0 ? "-" : string.Create(Invariant, $"{milliseconds / 10 / seconds:0}% of the time in the process");

    private static string Collections(int count) => count == 1 ? "1 collection" : string.Create(Invariant, $"{count:N0} collections");
}
