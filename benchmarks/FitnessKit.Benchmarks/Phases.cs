using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;

namespace FitnessKit.Benchmarks;

/// <summary>
/// Where one check's time goes, in one process: loading, resolving the map, decoding, then each rule in turn, each
/// with the process's CPU time (every thread's: against the wall time, how many cores the phase kept busy) and what the
/// runtime counted meanwhile (the JIT, the bytes allocated, the collector's pauses). Ends with a digest
/// of every violation, so that two builds can be shown to give the same answers. Rules in turn, not side by side, so
/// that each rule's share can be read; the lazily built catalogs (tables, persistence, dependencies) count for the
/// first rule that asks for them (or, with --shared, for phases of their own before the rules).
/// </summary>
internal static class Phases
{
    public const string Usage = """
        dotnet run -c Release --project benchmarks/FitnessKit.Benchmarks -- phases CONFIG [--cache DIR] [--long-way] [--together] [--live] [--collections] [--kept] [--shared] [--jit] [--allocations]

          CONFIG         a fitness.json (artifacts/benchmarks/framework/fitness.json, a synthetic corpus's, a sample's)
          --cache DIR    load with that cache folder: run it twice for a warm run
          --long-way     without the engine's shortcuts (every assembly decoded in full, every dependency kept): the
                         digest must be the one the shortcuts give
          --together     the rules side by side, as a check runs them, in one row (each rule's share is lost)
          --live         after each phase, a full collection and the MB that live on (the collection is no phase's
                         time; the phases after it start from a compacted heap, so time them without this)
          --collections  then every collection of the process in order, with where each phase ended: its generation,
                         why (an allocation budget spent, a large object), how (blocking or background), how long
          --kept         after decoding, what the check keeps of the contexts' types: its kept dependencies counted by
                         where they lead, surface or code, contract or not, and kind
          --shared       the catalogs the rules share, each a phase of its own before the rules: the persistence
                         types, the tables, the dependencies between contexts (the coupling read with them)
          --jit          then every method the runtime compiled, under the phase that compiled it: the runtime's
                         generic code over value types, which no precompiled image holds

        The faults column counts minor page faults (Linux): the first touch of each page of memory, heap or file.
        """;

    public static int Run(string[] args)
    {
        var cacheAt = Array.IndexOf(args, "--cache");
        var longWay = args.Contains("--long-way");
        var together = args.Contains("--together");
        var live = args.Contains("--live");
        var collections = args.Contains("--collections");
        var kept = args.Contains("--kept");
        var shared = args.Contains("--shared");
        var jit = args.Contains("--jit");
        var allocations = args.Contains("--allocations");
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) || (cacheAt > 0 && cacheAt + 1 >= args.Length)
            || args.Length != 1 + (cacheAt > 0 ? 2 : 0) + (longWay ? 1 : 0) + (together ? 1 : 0) + (live ? 1 : 0) + (collections ? 1 : 0) + (kept ? 1 : 0) + (shared ? 1 : 0) + (jit ? 1 : 0) + (allocations ? 1 : 0))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        try
        {
            using var shortcuts = longWay ? Shortcuts.TurnOff() : null;
            using var log = collections ? new CollectionLog() : null;
            using var compiled = jit ? new JitLog() : null;
            using var allocated = allocations ? new AllocationLog() : null;
            return Measure(args[0], cacheAt > 0 ? args[cacheAt + 1] : null, together, live, log, kept ? Console.Out : null, shared, compiled, allocated);
        }
        catch (FitnessKitException exception)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }
    }

    private static int Measure(string configPath, string? cacheDirectory, bool together, bool live, CollectionLog? log, TextWriter? census, bool shared, JitLog? compiled, AllocationLog? allocated)
    {
        var config = FitnessConfig.Load(configPath);
        var rows = new List<(string Phase, double Milliseconds, double CpuMilliseconds, RuntimeCounters Counted, long Faults, double? Live)>();
        var counters = RuntimeCounters.Now();
        var cpu = Environment.CpuUsage.TotalTime;
        var faults = MinorFaults();
        var watch = Stopwatch.StartNew();
        void Done(string phase)
        {
            var now = RuntimeCounters.Now();
            var cpuNow = Environment.CpuUsage.TotalTime;
            var faultsNow = MinorFaults();
            var row = (Phase: phase, Milliseconds: watch.Elapsed.TotalMilliseconds, CpuMilliseconds: (cpuNow - cpu).TotalMilliseconds, Counted: now.Since(counters), Faults: faultsNow - faults, Live: (double?)null);
            if (live)
            {
                // What the phase leaves alive, measured outside its time: the next phase's counters start after it.
                row.Live = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
                now = RuntimeCounters.Now();
                cpuNow = Environment.CpuUsage.TotalTime;
                faultsNow = MinorFaults();
            }

            rows.Add(row);
            log?.PhaseDone(phase);
            compiled?.PhaseDone(phase);
            allocated?.PhaseDone(phase);
            counters = now;
            cpu = cpuNow;
            faults = faultsNow;
            watch.Restart();
        }

        var codeBase = CodeBase.Load(config.Assemblies, new LoadOptions { CacheDirectory = cacheDirectory });
        Done("load");
        var model = config.Map.Resolve(codeBase);
        Done("resolve");
        FitnessCheck.Decode(codeBase, config.Map, model);
        Done("decode");
        if (census is not null)
        {
            // Counted outside every phase's time: the rules' row starts after it.
            KeptCensus.Print(model, census);
            watch.Restart();
        }
        var rules = (config.Rules ?? RuleCatalog.All).ToList();
        var context = new RuleContext(model) { EvaluatedRules = rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal) };
        if (shared)
        {
            _ = context.Persistence;
            Done("persistence");
            _ = context.Tables;
            Done("tables");
            _ = context.Dependencies;
            Done("dependencies");
        }

        var violations = new List<Violation>();
        if (together)
        {
            foreach (var found in RuleRun.Evaluate(rules, context, codeBase.Parallelism))
            {
                violations.AddRange(found);
            }

            Done("rules");
        }
        else
        {
            foreach (var rule in rules)
            {
                violations.AddRange(rule.Evaluate(context));
                Done(rule.Descriptor.Id);
            }
        }

        Console.WriteLine($"{"phase",-8} {"ms",7} {"CPU ms",7} {"JIT ms",7} {"methods",8} {"MB alloc",9} {"GC ms",6} {"gen0/1/2",9} {"faults",7}{(live ? $" {"live MB",8}" : string.Empty)}");
        foreach (var (phase, milliseconds, cpuMilliseconds, counted, faulted, liveMegabytes) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase,-8} {milliseconds,7:F0} {cpuMilliseconds,7:F0} {counted.JitMilliseconds,7:F0} {counted.JitMethods,8} {counted.AllocatedMegabytes,9:F1} {counted.GcPauseMilliseconds,6:F0} {$"{counted.Gen0}/{counted.Gen1}/{counted.Gen2}",9} {faulted,7}{(liveMegabytes is { } mb ? $" {mb,8:F1}" : string.Empty)}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total    {rows.Sum(r => r.Milliseconds),7:F0} {rows.Sum(r => r.CpuMilliseconds),7:F0} {"",7} {"",8} {"",9} {"",6} {"",9} {rows.Sum(r => r.Faults),7}"));
        Console.WriteLine($"{violations.Count} violations, digest {Digest(violations)}");
        log?.Print(Console.Out);
        compiled?.Print(Console.Out);
        allocated?.Print(Console.Out);
        return 0;
    }

    /// <summary>
    /// The process's minor page faults so far (the tenth field of /proc/self/stat; 0 where there is none): the first
    /// touch of each page of memory the process maps, heap or file. On a virtual machine each one can cost
    /// microseconds (docs/performance.md, decision 27), so what a phase touches is a time of its own.
    /// </summary>
    private static long MinorFaults()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            // The command's name, in parentheses, may hold spaces: the fields are counted after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[7], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>A SHA-256 of every violation's key, message, fix, location and allowed names, in key order: equal digests, equal answers.</summary>
    private static string Digest(IEnumerable<Violation> violations)
    {
        var lines = violations
            .Select(v => string.Join('\u001f', v.Key, v.Message, v.Fix, v.Location?.ToString() ?? string.Empty, string.Join(',', v.Allowed)))
            .Order(StringComparer.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..16];
    }
}
