using System.Diagnostics;
using System.Text.Json;
using FitnessKit.Benchmarks.Engines;

namespace FitnessKit.Benchmarks;

/// <summary>One measurement in its own process: one engine, one corpus. Prints one JSON line; writes the answer to a file.</summary>
internal static class Child
{
    public static int Run(string engineId, string corpus)
    {
        var files = Corpora.Files(corpus);
        var question = Corpora.QuestionFor(corpus);
        IEngine engine = engineId switch
        {
            "floor" => new FloorEngine(),
            "fullscan" => new FullScanFloorEngine(),
            "mvid" => new MvidCheckEngine(),
            "fitnesskit" => new FitnessKitEngine(),
            "fitnesskit-warm" => new FitnessKitEngine(CacheFor(engineId, corpus)),
            "fitnesskit-fill" => new FitnessKitEngine(EmptyCacheFor(engineId, corpus), "FitnessKit (first run, filling an empty cache)"),
            "fitnesskit-model" => new FitnessKitModelEngine(),
            "fitnesskit-model-warm" => new FitnessKitModelEngine(CacheFor(engineId, corpus)),
            "archunit" => new ArchUnitNetEngine(),
            "netarchtest" => new NetArchTestEngine(),
            "rules" => new RuleCatalogEngine(Corpora.ConfigFor(corpus)),
            "rules-each" => new RuleByRuleEngine(Corpora.ConfigFor(corpus)),
            "rules-warm" => new RuleCatalogEngine(Corpora.ConfigFor(corpus), CacheFor(engineId, corpus)),
            "rules-pgo" => new RuleCatalogEngine(Corpora.ConfigFor(corpus), name: "FitnessKit rule catalog (tiered PGO on, the runtime's default)"),
            "rules-fill" => new RuleCatalogEngine(Corpora.ConfigFor(corpus), EmptyCacheFor(engineId, corpus), "FitnessKit rule catalog (first run, filling an empty cache)"),
            "cli-check" => new CliEngine("check", Corpora.ConfigFor(corpus)),
            "cli-check-warm" => new CliEngine("check", Corpora.ConfigFor(corpus), cacheFolder: CacheFor(engineId, corpus)),
            "cli-report" => new CliEngine("report", Corpora.ConfigFor(corpus), Path.Combine(Corpora.Root, "artifacts", "benchmarks", "reports", corpus)),
            _ => throw new ArgumentException($"Unknown engine {engineId}."),
        };

        var counters = RuntimeCounters.Now();
        var watch = Stopwatch.StartNew();
        var answer = engine.Answer(files, question);
        watch.Stop();
        var counted = RuntimeCounters.Now().Since(counters);
        var peak = answer.Process?.PeakMegabytes ?? Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        // What the answer holds alive at the end of the check, weighed after the clock, the counters and the peak: a
        // full collection, which no figure above includes. The answer's names are read after both (an engine may make
        // them when first read: the catalog's keys are the benchmark's, not the check's).
        double? live = null;
        if (answer.Holds is { } held)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            live = GC.GetTotalMemory(forceFullCollection: false) / (1024.0 * 1024.0);
            GC.KeepAlive(held);
        }

        var answerFile = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "answers", $"{engineId}.{corpus}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(answerFile)!);
        File.WriteAllLines(answerFile, answer.ViolatingTypes.Order(StringComparer.Ordinal));
        // An engine that ran a process of its own (the CLI) reports that process's figures, not this one's.
        var result = new ChildResult(engine.Name, corpus, answer.Assemblies, answer.Types, answer.ViolatingTypes.Count,
            answer.Process?.WallMilliseconds ?? watch.Elapsed.TotalMilliseconds,
            peak, answer.Note,
            files.Sum(f => new FileInfo(f).Length), files.Max(f => new FileInfo(f).Length), answer.Process is not null,
            answer.Process is null ? counted : null, live);
        Console.WriteLine(JsonSerializer.Serialize(result, ChildJson.Default.ChildResult));
        return 0;
    }

    /// <summary>The cache folder of one warm engine on one corpus; the orchestrator deletes them all before a run.</summary>
    private static string CacheFor(string engineId, string corpus) => Path.Combine(Corpora.Root, "artifacts", "benchmarks", "cache", engineId, corpus);

    /// <summary>A cache folder emptied before the clock starts: what a first run with a cache finds.</summary>
    private static string EmptyCacheFor(string engineId, string corpus)
    {
        var folder = CacheFor(engineId, corpus);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return folder;
    }
}

/// <summary>The child's result line, serialized by generated code: reflection-based serialization took a few hundredths of a second of every child's wall time.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(ChildResult))]
internal sealed partial class ChildJson : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>
/// What a child measured. With <paramref name="OwnProcess"/>, the engine ran a process of its own and
/// <paramref name="InnerMilliseconds"/> is that whole process's wall time. <paramref name="LiveMegabytes"/>: what the
/// engine's answer held alive at its end, for the engines that say (<see cref="Engines.EngineAnswer.Holds"/>).
/// </summary>
internal sealed record ChildResult(string Engine, string Corpus, int Assemblies, int Types, int Answer, double InnerMilliseconds, double PeakMegabytes, string? Note, long Bytes, long LargestBytes, bool OwnProcess, RuntimeCounters? Counters = null, double? LiveMegabytes = null);
