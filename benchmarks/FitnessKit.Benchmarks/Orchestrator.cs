using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace FitnessKit.Benchmarks;

/// <summary>Runs every engine on every corpus as whole processes, several times, and prints medians, ratios, targets and answer differences.</summary>
internal static class Orchestrator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        var runs = int.Parse(Option(args, "--runs") ?? "5", Invariant);
        var sizes = (Option(args, "--sizes") ?? "4x50,8x100,16x200,32x400").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var peers = !args.Contains("--no-peers");
        var report = new StringBuilder();
        void Say(string line = "")
        {
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        Say($"FitnessKit benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {runs} runs each, medians of whole processes.");
        Say();
        foreach (var size in sizes)
        {
            var parts = size.Split('x');
            SyntheticCorpus.Ensure(Corpora.Root, int.Parse(parts[0], Invariant), int.Parse(parts[1], Invariant));
        }

        var corpusLists = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "corpus");
        if (Directory.Exists(corpusLists))
        {
            Directory.Delete(corpusLists, recursive: true);
        }

        foreach (var corpus in sizes.Select(s => "synthetic-" + s).Append("framework").Append("shop"))
        {
            _ = Corpora.Files(corpus);
        }

        var results = new List<Measured>();
        var cache = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "cache");
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        // One untimed run of each warm engine fills the cache that its timed runs read.
        Measure(["fitnesskit-warm", "fitnesskit-model-warm"], "framework", 1);
        string[] frameworkEngines = ["floor", "fitnesskit", "fitnesskit-warm", "fitnesskit-fill", "fitnesskit-model", "fitnesskit-model-warm", "mvid", .. peers ? new[] { "netarchtest", "archunit" } : []];
        results.AddRange(Measure(frameworkEngines, "framework", runs));

        foreach (var size in sizes)
        {
            Measure(["rules-warm"], "synthetic-" + size, 1);
            string[] engines = ["floor", "fitnesskit", "rules", "rules-warm", "rules-fill", .. peers ? new[] { "netarchtest", "archunit" } : []];
            results.AddRange(Measure(engines, "synthetic-" + size, runs));
        }

        results.AddRange(Measure(["rules"], "shop", runs));

        Say("| engine | corpus | assemblies | types | MB of IL | wall (s) | in-process (s) | peak memory (MB) | answer | wall / floor | peer wall / FitnessKit wall |");
        Say("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var floor = results.FirstOrDefault(x => x.Id == "floor" && x.Corpus == r.Corpus);
            var kit = results.FirstOrDefault(x => x.Id == "fitnesskit" && x.Corpus == r.Corpus);
            var versusFloor = floor is null || r.Id == "floor" ? "" : (r.Wall / floor.Wall).ToString("0.00", Invariant) + "x";
            var versusKit = kit is null || r.Id is "fitnesskit" or "floor" or "rules" or "rules-warm" or "rules-fill" or "fitnesskit-warm" or "fitnesskit-fill" or "fitnesskit-model" or "fitnesskit-model-warm" or "mvid" ? "" : (r.Wall / kit.Wall).ToString("0.0", Invariant) + "x";
            Say($"| {r.Result.Engine} | {r.Corpus} | {r.Result.Assemblies} | {r.Result.Types:N0} | {r.Result.Bytes / 1048576.0:0.0} | {r.Wall:0.00} | {r.Inner:0.00} | {r.Peak:0} | {Answer(r)} | {versusFloor} | {versusKit} |");
        }

        Say();
        Targets(results, Say);
        Say();
        Growth(results, sizes, Say);
        Say();
        Differences(results, Say);
        var output = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "last-run.md");
        File.WriteAllText(output, report.ToString());
        Console.WriteLine($"(written to {Path.GetRelativePath(Corpora.Root, output)})");
        return 0;
    }

    private static string Answer(Measured r) => r.Id.StartsWith("rules", StringComparison.Ordinal) || r.Id == "mvid" ? r.Result.Note ?? "" : r.Result.Answer.ToString(Invariant);

    private static void Targets(List<Measured> results, Action<string> say)
    {
        Measured? Get(string id) => results.FirstOrDefault(r => r.Id == id && r.Corpus == "framework");
        var floor = Get("floor");
        var kit = Get("fitnesskit");
        var warm = Get("fitnesskit-warm");
        var archunit = Get("archunit");
        var netarchtest = Get("netarchtest");
        if (floor is null || kit is null)
        {
            return;
        }

        say("Targets (on the framework corpus unless a line names another):");
        Check(say, "FitnessKit within 1.5x the floor's wall time", kit.Wall / floor.Wall, 1.5, lowerIsBetter: true);
        Check(say, "FitnessKit peak memory under 250 MB", kit.Peak, 250, lowerIsBetter: true);
        if (Get("fitnesskit-model") is { } model && Get("fitnesskit-model-warm") is { } modelWarm)
        {
            CheckWarm(say, "the full model (every dependency decoded, what the rules read)", modelWarm, model);
        }

        if (warm is not null)
        {
            CheckWarm(say, "the question", warm, kit);
        }

        // Where reading is the cost: the full rule catalog on the largest synthetic corpus measured.
        var largest = results.Where(r => r.Id == "rules" && r.Corpus.StartsWith("synthetic-", StringComparison.Ordinal)).MaxBy(r => r.Result.Bytes);
        if (largest is not null && results.FirstOrDefault(r => r.Id == "rules-warm" && r.Corpus == largest.Corpus) is { } rulesWarm)
        {
            CheckWarm(say, $"the rule catalog on {largest.Corpus} ({largest.Result.Bytes / 1048576.0:0} MB of IL)", rulesWarm, largest);
        }

        if (Get("mvid") is { } bound)
        {
            say($"- Bound on any warm run: opening every assembly and reading its MVID, as a cache keyed by MVID must, takes {Seconds(bound.Inner)} s in the process "
                + $"({Ratio(bound.Inner / kit.Inner)} of the question's cold time), {Seconds(bound.Wall)} s as a whole process.");
        }

        if (Get("fitnesskit-fill") is { } fill)
        {
            say($"- Not a target: the first run with an empty cache folder, which it fills, takes {Ratio(fill.Inner / kit.Inner)} of the question's cold time in the process "
                + $"({Ratio(fill.Wall / kit.Wall)} as whole processes){FillOf(results, largest)}.");
        }

        if (archunit is not null)
        {
            Check(say, "at least 15x faster than ArchUnitNET", archunit.Wall / kit.Wall, 15, lowerIsBetter: false);
        }

        if (netarchtest is not null)
        {
            Check(say, "at least 2x faster than NetArchTest", netarchtest.Wall / kit.Wall, 2, lowerIsBetter: false);
        }
    }

    /// <summary>
    /// A warm run against its cold run, timed in the process: the part of a run that a cache can change. Both pay the
    /// same start of the runtime as whole processes, which a test host has paid before the first test; the line gives
    /// the whole-process ratio too.
    /// </summary>
    private static void CheckWarm(Action<string> say, string what, Measured warm, Measured cold) =>
        Check(say, $"a warm-cache run of {what} at most half its cold time in the process; as whole processes, start of the runtime included, {Ratio(warm.Wall / cold.Wall)}", warm.Inner / cold.Inner, 0.5, lowerIsBetter: true);

    private static string FillOf(List<Measured> results, Measured? rules) =>
        rules is not null && results.FirstOrDefault(r => r.Id == "rules-fill" && r.Corpus == rules.Corpus) is { } fill
            ? $"; the rule catalog's on {rules.Corpus}, {Ratio(fill.Inner / rules.Inner)} of its cold time"
            : "";

    private static string Ratio(double value) => value.ToString("0.00", Invariant);

    private static string Seconds(double value) => value.ToString("0.00", Invariant);

    private static void Check(Action<string> say, string target, double value, double limit, bool lowerIsBetter)
    {
        var met = lowerIsBetter ? value <= limit : value >= limit;
        say($"- {(met ? "MET" : "NOT MET")}: {target} (measured {value.ToString("0.00", Invariant)}).");
    }

    /// <summary>How cost grows with the size of the code: in-process time per size, and the time each step adds per MB of IL it adds, which stays level when growth is linear.</summary>
    private static void Growth(List<Measured> results, string[] sizes, Action<string> say)
    {
        foreach (var (engine, label) in new[] { ("fitnesskit", "the question"), ("rules", "the rule catalog") })
        {
            var points = sizes.Select(size => results.FirstOrDefault(x => x.Id == engine && x.Corpus == "synthetic-" + size)).OfType<Measured>().ToList();
            if (points.Count < 2)
            {
                continue;
            }

            var steps = points.Zip(points.Skip(1), (a, b) => $"{b.Corpus["synthetic-".Length..]}: {(b.Inner - a.Inner) / ((b.Result.Bytes - a.Result.Bytes) / 1048576.0):0.000}");
            say($"Growth of {label} on the synthetic corpus (FitnessKit, in-process): "
                + string.Join(", ", points.Select(p => $"{p.Result.Bytes / 1048576.0:0.0} MB {p.Inner:0.00} s"))
                + $"; seconds added per MB of IL added: {string.Join(", ", steps)}.");
        }
    }

    private static void Differences(List<Measured> results, Action<string> say)
    {
        foreach (var corpus in results.Select(r => r.Corpus).Distinct().Where(c => c != "shop"))
        {
            var kit = Read("fitnesskit", corpus);
            if (kit is null)
            {
                continue;
            }

            Explanations? explanations = null;
            foreach (var peer in new[] { "floor", "netarchtest", "archunit" })
            {
                if (Read(peer, corpus) is not { } other)
                {
                    continue;
                }

                var missed = kit.Except(other).Order(StringComparer.Ordinal).ToList();
                var extra = other.Except(kit).Order(StringComparer.Ordinal).ToList();
                if (missed.Count == 0 && extra.Count == 0)
                {
                    say($"{corpus}: {peer} and FitnessKit give the same answer ({kit.Count} types).");
                    continue;
                }

                explanations ??= new Explanations(corpus, Read("floor", corpus));
                say($"{corpus}: {peer} differs from FitnessKit: {missed.Count} types only FitnessKit reports, {extra.Count} only {peer} reports.");
                foreach (var group in missed.Select(t => (Type: t, Why: explanations.WhyFitnessKit(t))).GroupBy(x => x.Why).Concat(
                    extra.Select(t => (Type: t, Why: explanations.WhyPeer(t))).GroupBy(x => x.Why)))
                {
                    var types = group.Select(x => x.Type).ToList();
                    say($"  - {types.Count} x {group.Key}: {string.Join(", ", types.Take(4))}{(types.Count > 4 ? $" and {types.Count - 4} more" : "")}");
                }
            }
        }
    }

    private static HashSet<string>? Read(string engine, string corpus)
    {
        var file = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "answers", $"{engine}.{corpus}.txt");
        return File.Exists(file) ? File.ReadAllLines(file).ToHashSet(StringComparer.Ordinal) : null;
    }

    /// <summary>
    /// Runs each engine on a corpus as a child process, several rounds, one run of every engine per round, so that
    /// engines compared with each other see the machine in the same state; medians of each engine's runs.
    /// </summary>
    private static List<Measured> Measure(string[] engines, string corpus, int runs)
    {
        var measured = engines.ToDictionary(e => e, _ => new List<(double Wall, ChildResult Result)>());
        for (var i = 0; i < runs; i++)
        {
            foreach (var engine in engines)
            {
                measured[engine].Add(RunChild(engine, corpus));
                Console.Error.Write('.');
            }
        }

        Console.Error.WriteLine($" {string.Join(", ", engines)} on {corpus}");
        return [.. engines.Select(engine =>
        {
            var runsOf = measured[engine];
            return new Measured(engine, corpus, Median(runsOf.Select(m => m.Wall)), Median(runsOf.Select(m => m.Result.InnerMilliseconds / 1000)), Median(runsOf.Select(m => m.Result.PeakMegabytes)), runsOf[^1].Result);
        })];
    }

    private static (double Wall, ChildResult Result) RunChild(string engine, string corpus)
    {
        var self = typeof(Orchestrator).Assembly.Location;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet", [self, "child", engine, corpus]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{engine} on {corpus} failed ({process.ExitCode}): {error}{output}");
        }

        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return (watch.Elapsed.TotalSeconds, JsonSerializer.Deserialize(line, ChildJson.Default.ChildResult)!);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed record Measured(string Id, string Corpus, double Wall, double Inner, double Peak, ChildResult Result);
}
