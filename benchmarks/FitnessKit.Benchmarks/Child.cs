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
            "mvid" => new MvidCheckEngine(),
            "fitnesskit" => new FitnessKitEngine(),
            "fitnesskit-warm" => new FitnessKitEngine(CacheFor(engineId, corpus)),
            "fitnesskit-model" => new FitnessKitModelEngine(),
            "fitnesskit-model-warm" => new FitnessKitModelEngine(CacheFor(engineId, corpus)),
            "archunit" => new ArchUnitNetEngine(),
            "netarchtest" => new NetArchTestEngine(),
            "rules" => new RuleCatalogEngine(Corpora.ConfigFor(corpus)),
            "rules-warm" => new RuleCatalogEngine(Corpora.ConfigFor(corpus), CacheFor(engineId, corpus)),
            _ => throw new ArgumentException($"Unknown engine {engineId}."),
        };

        var watch = Stopwatch.StartNew();
        var answer = engine.Answer(files, question);
        watch.Stop();
        var answerFile = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "answers", $"{engineId}.{corpus}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(answerFile)!);
        File.WriteAllLines(answerFile, answer.ViolatingTypes.Order(StringComparer.Ordinal));
        var result = new ChildResult(engine.Name, corpus, answer.Assemblies, answer.Types, answer.ViolatingTypes.Count, watch.Elapsed.TotalMilliseconds,
            Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0), answer.Note, files.Sum(f => new FileInfo(f).Length));
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>The cache folder of one warm engine on one corpus; the orchestrator deletes them all before a run.</summary>
    private static string CacheFor(string engineId, string corpus) => Path.Combine(Corpora.Root, "artifacts", "benchmarks", "cache", engineId, corpus);
}

/// <summary>What a child measured.</summary>
internal sealed record ChildResult(string Engine, string Corpus, int Assemblies, int Types, int Answer, double InnerMilliseconds, double PeakMegabytes, string? Note, long Bytes);
