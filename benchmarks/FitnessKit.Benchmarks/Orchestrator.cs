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
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"{e.Message}{Environment.NewLine}{Environment.NewLine}{BenchmarkOptions.Usage}");
            return 2;
        }

        if (args.Contains("--help"))
        {
            Console.WriteLine(BenchmarkOptions.Usage);
            return 0;
        }

        if (!File.Exists(Engines.CliEngine.CliAssembly))
        {
            Console.Error.WriteLine($"{Engines.CliEngine.CliAssembly} does not exist: build the benchmark with 'dotnet run -c Release --project benchmarks/FitnessKit.Benchmarks', which builds the CLI too.");
            return 2;
        }

        var report = new StringBuilder();
        void Say(string line = "")
        {
            Console.WriteLine(line);
            report.AppendLine(line);
        }

        Say($"FitnessKit benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {options.Runs} runs each, medians of whole processes.");
        Say();
        var corpora = Prepare(options, Say);
        if (options.PrepareOnly)
        {
            return 0;
        }

        var results = new List<Measured>();

        // One untimed run of each warm engine fills the cache that its timed runs read.
        Measure(["fitnesskit-warm", "fitnesskit-model-warm", "rules-warm", "cli-check-warm"], "framework", 1);
        // Each target's two sides run one after the other in a round (the token-scan floor then the question, the
        // full-scan floor then the catalog): the machine's speed drifts within a round, which takes half a minute.
        string[] frameworkEngines = ["floor", "fitnesskit", "fitnesskit-warm", "fitnesskit-fill", "fitnesskit-model", "fitnesskit-model-warm", "mvid",
            "fullscan", "rules", "rules-each", "rules-pgo", "rules-warm", "rules-fill", "cli-check", "cli-check-warm", "cli-report", .. options.Peers ? new[] { "netarchtest", "archunit" } : []];
        results.AddRange(Measure(frameworkEngines, "framework", options.Runs));

        // The command, cold and warm, on the largest synthetic size too: what a warm check costs where reading is the cost.
        var largestSize = options.Sizes.Count == 0 ? null : options.Sizes.MaxBy(s => corpora["synthetic-" + s]);
        foreach (var size in options.Sizes)
        {
            var corpus = "synthetic-" + size;
            var peers = options.Peers && corpora[corpus] <= BenchmarkOptions.PeersUpToMegabytes;
            string[] command = size == largestSize ? ["cli-check", "cli-check-warm"] : [];
            Measure(["rules-warm", .. command.Skip(1)], corpus, 1);
            string[] engines = ["floor", "fitnesskit", "fullscan", "rules", "rules-each", "rules-pgo", "rules-warm", "rules-fill", .. command, .. peers ? new[] { "netarchtest", "archunit" } : []];
            results.AddRange(Measure(engines, corpus, options.Runs));
        }

        foreach (var size in options.ReportSizes)
        {
            results.AddRange(Measure(["cli-report"], "synthetic-" + size, options.Runs));
        }

        results.AddRange(Measure(["rules"], "shop", options.Runs));

        Table(results, Say);
        Say();
        Targets.Say(results, Say);
        Say();
        Scale.Say(results, options.Sizes, Say);
        Say();
        RuntimeCosts.Say(results, Say);
        Say();
        AnswerDifferences.Say(results, Say);
        var output = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "last-run.md");
        File.WriteAllText(output, report.ToString());
        Console.WriteLine($"(written to {Path.GetRelativePath(Corpora.Root, output)})");
        return 0;
    }

    /// <summary>Generates the synthetic corpora not generated yet (saying how long each took), lists every corpus's files, writes the framework map; returns each corpus's MB of IL.</summary>
    private static Dictionary<string, double> Prepare(BenchmarkOptions options, Action<string> say)
    {
        foreach (var size in options.Sizes.Concat(options.ReportSizes).Distinct())
        {
            var watch = Stopwatch.StartNew();
            if (SyntheticCorpus.Ensure(Corpora.Root, size))
            {
                var files = Directory.GetFiles(SyntheticCorpus.Folder(Corpora.Root, size), "*.dll");
                say($"Generated synthetic-{size}: {files.Length:N0} assemblies, {files.Sum(f => new FileInfo(f).Length) / 1048576.0:0.0} MB, in {watch.Elapsed.TotalSeconds:0} s on {Environment.ProcessorCount} cores (kept in artifacts/benchmarks/synthetic for later runs).");
                say(string.Empty);
            }
        }

        var corpusLists = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "corpus");
        if (Directory.Exists(corpusLists))
        {
            Directory.Delete(corpusLists, recursive: true);
        }

        var megabytes = options.Sizes.Concat(options.ReportSizes).Select(s => "synthetic-" + s).Append("framework").Append("shop")
            .Distinct()
            .ToDictionary(c => c, c => Corpora.Files(c).Sum(f => new FileInfo(f).Length) / 1048576.0);
        FrameworkMap.Write(Corpora.Files("framework"));
        var cache = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "cache");
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        return megabytes;
    }

    private static void Table(List<Measured> results, Action<string> say)
    {
        say("| engine | corpus | assemblies | types | MB of IL | wall (s) | in-process (s) | peak memory (MB) | answer | wall / floor | wall / full scan | peer wall / FitnessKit wall |");
        say("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            var floor = results.FirstOrDefault(x => x.Id == "floor" && x.Corpus == r.Corpus);
            var fullScan = results.FirstOrDefault(x => x.Id == "fullscan" && x.Corpus == r.Corpus);
            var kit = results.FirstOrDefault(x => x.Id == "fitnesskit" && x.Corpus == r.Corpus);
            var versusFloor = floor is null || r.Id == "floor" ? "" : (r.Wall / floor.Wall).ToString("0.00", Invariant) + "x";
            var versusFullScan = fullScan is null || r.Id is "floor" or "fullscan" ? "" : (r.Wall / fullScan.Wall).ToString("0.00", Invariant) + "x";
            var versusKit = kit is null || !r.IsPeer ? "" : (r.Wall / kit.Wall).ToString("0.0", Invariant) + "x";

            // The CLI rows are a process of their own: their wall time is that process's, and nothing is timed inside it.
            var inner = r.Result.OwnProcess ? "" : r.Inner.ToString("0.00", Invariant);
            var types = r.Result.OwnProcess ? "" : r.Result.Types.ToString("N0", Invariant);
            say($"| {r.Result.Engine} | {r.Corpus} | {r.Result.Assemblies} | {types} | {r.Megabytes:0.0} | {r.Wall:0.00} | {inner} | {r.Peak:0} | {Answer(r)} | {versusFloor} | {versusFullScan} | {versusKit} |");
        }
    }

    private static string Answer(Measured r) => r.Id.StartsWith("rules", StringComparison.Ordinal) || r.Id is "mvid" or "fullscan" || r.Result.OwnProcess
        ? r.Result.Note ?? ""
        : r.Result.Answer.ToString(Invariant);

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
            var inner = Median(runsOf.Select(m => m.Result.InnerMilliseconds / 1000));

            // For an engine that ran a process of its own, the wall time is that process's, not its starter's.
            var wall = runsOf[^1].Result.OwnProcess ? inner : Median(runsOf.Select(m => m.Wall));
            return new Measured(engine, corpus, wall, inner, Median(runsOf.Select(m => m.Result.PeakMegabytes)), runsOf[^1].Result, RuntimeCounters.Median([.. runsOf.Select(m => m.Result.Counters)]));
        })];
    }

    private static (double Wall, ChildResult Result) RunChild(string engine, string corpus)
    {
        var self = typeof(Orchestrator).Assembly.Location;
        var watch = Stopwatch.StartNew();
        var start = new ProcessStartInfo("dotnet", [self, "child", engine, corpus]) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (engine.StartsWith("fitnesskit", StringComparison.Ordinal) || engine.StartsWith("rules", StringComparison.Ordinal))
        {
            // FitnessKit in process runs as a test project that references its test packages runs, and as the CLI
            // runs: with tiered PGO off (build/FitnessKit.TestProject.props), unless the row is the runtime's default.
            // The floors and the peers keep the default, as programs and test projects of their own have it.
            start.Environment["DOTNET_TieredPGO"] = engine.EndsWith("-pgo", StringComparison.Ordinal) ? "1" : "0";
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{engine} on {corpus} failed ({process.ExitCode}): {error.Result}{output}");
        }

        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        return (watch.Elapsed.TotalSeconds, JsonSerializer.Deserialize(line, ChildJson.Default.ChildResult)!);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
