using System.Globalization;

namespace FitnessKit.Benchmarks;

/// <summary>How cost and memory grow with the size of the code, on the synthetic sizes measured.</summary>
internal static class Scale
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Say(List<Measured> results, IReadOnlyList<SyntheticSize> sizes, Action<string> say)
    {
        List<Measured> Points(string engine) => [.. sizes.Select(size => results.FirstOrDefault(x => x.Id == engine && x.Corpus == "synthetic-" + size)).OfType<Measured>()];
        foreach (var (engine, label) in new[] { ("fitnesskit", "the question"), ("rules", "the rule catalog") })
        {
            var points = Points(engine);
            if (points.Count < 2)
            {
                continue;
            }

            var steps = points.Zip(points.Skip(1), (a, b) => $"{Size(b)}: {(b.Inner - a.Inner) / (b.Megabytes - a.Megabytes):0.000}");
            say($"Growth of {label} on the synthetic corpus (FitnessKit, in-process): "
                + string.Join(", ", points.Select(p => $"{p.Megabytes:0.0} MB {p.Inner:0.00} s"))
                + $"; seconds added per MB of IL added: {string.Join(", ", steps)}.");
        }

        var catalog = Points("rules").OrderBy(p => p.Result.Bytes).ToList();
        if (catalog.Count < 2)
        {
            return;
        }

        foreach (var (engine, label) in new[] { ("fullscan", "the full-scan floor"), ("rules", "the rule catalog") })
        {
            var points = Points(engine);
            if (points.Count > 0)
            {
                say($"Cost per MB of IL of {label} (in-process): {string.Join(", ", points.Select(p => $"{Size(p)} {p.Inner / p.Megabytes:0.000} s/MB"))}.");
            }
        }

        var (smallest, largest) = (catalog[0], catalog[^1]);
        var drift = (largest.Inner / largest.Megabytes) / (smallest.Inner / smallest.Megabytes);
        say($"- {(drift is >= 0.8 and <= 1.2 ? "MET" : "NOT MET")}: the rule catalog's cost per MB of IL constant within 20% from {Size(smallest)} to {Size(largest)} "
            + $"(measured {largest.Inner / largest.Megabytes:0.000} s/MB against {smallest.Inner / smallest.Megabytes:0.000}: {drift.ToString("0.00", Invariant)}x).");
        if (catalog.Count >= 3)
        {
            // What each MB adds, start-up set aside: the first step against the last.
            double Step(Measured a, Measured b) => (b.Inner - a.Inner) / (b.Megabytes - a.Megabytes);
            var (first, last) = (Step(catalog[0], catalog[1]), Step(catalog[^2], catalog[^1]));
            say($"- Not a target: the rule catalog's cost per MB of IL added, start-up set aside: {first:0.000} s/MB from {Size(catalog[0])} to {Size(catalog[1])}, "
                + $"{last:0.000} from {Size(catalog[^2])} to {Size(catalog[^1])} ({(last / first).ToString("0.00", Invariant)}x).");
        }

        say($"Peak memory of the rule catalog: {string.Join(", ", catalog.Select(p => $"{Size(p)} {p.Peak:0} MB"))}. From {Size(smallest)} to {Size(largest)} the corpus grew "
            + $"{Times(largest.Result.Bytes, smallest.Result.Bytes)} ({smallest.Megabytes:0.0} to {largest.Megabytes:0.0} MB of IL), its largest assembly "
            + $"{Times(largest.Result.LargestBytes, smallest.Result.LargestBytes)} ({smallest.Result.LargestBytes / 1024.0:0} to {largest.Result.LargestBytes / 1024.0:0} KB), "
            + $"and peak memory {Times(largest.Peak, smallest.Peak)} ({smallest.Peak:0} to {largest.Peak:0} MB)."
            + (catalog.All(p => p.Result.LiveMegabytes is not null)
                ? $" Alive at the end of the check (the report, and through it the model and the rules' catalogs): {string.Join(", ", catalog.Select(p => $"{Size(p)} {p.Result.LiveMegabytes:0} MB"))}."
                : string.Empty));
    }

    private static string Size(Measured point) => point.Corpus["synthetic-".Length..];

    private static string Times(double larger, double smaller) => (larger / smaller).ToString(larger / smaller < 10 ? "0.0" : "N0", Invariant) + "x";
}
