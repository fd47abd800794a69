using System.Globalization;

namespace FitnessKit.Benchmarks;

/// <summary>The targets, each printed as MET or NOT MET with the figure measured.</summary>
internal static class Targets
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Say(List<Measured> results, Action<string> say)
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
            CheckWarm(say, $"the rule catalog on {largest.Corpus} ({largest.Megabytes:0} MB of IL)", rulesWarm, largest);
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

        Catalog(results, Get, say);
    }

    /// <summary>The rule catalog with the framework map (issue 15), and the CLI's check and report commands.</summary>
    private static void Catalog(List<Measured> results, Func<string, Measured?> get, Action<string> say)
    {
        if (get("rules") is not { } rules)
        {
            return;
        }

        if (get("fullscan") is { } fullScan)
        {
            Check(say, "the rule catalog within 1.5x the full-scan floor's wall time", rules.Wall / fullScan.Wall, 1.5, lowerIsBetter: true);
        }

        if (get("netarchtest") is { } netarchtest)
        {
            Check(say, "the rule catalog at least 2x faster than NetArchTest's single question (wall)", netarchtest.Wall / rules.Wall, 2, lowerIsBetter: false);
        }

        Check(say, "the rule catalog's peak memory at most 250 MB", rules.Peak, 250, lowerIsBetter: true);
        if (get("cli-check") is { } cold && get("cli-check-warm") is { } answered)
        {
            Check(say, $"a warm check at most 0.4 of its cold time as whole processes: fitnesskit check --cache over unchanged assemblies prints the stored answer in {Seconds(answered.Wall)} s, {answered.Peak:0} MB, against {Seconds(cold.Wall)} s", answered.Wall / cold.Wall, 0.4, lowerIsBetter: true);
        }

        foreach (var warmCheck in results.Where(r => r.Id == "cli-check-warm" && r.Corpus != rules.Corpus))
        {
            if (results.FirstOrDefault(r => r.Id == "cli-check" && r.Corpus == warmCheck.Corpus) is { } coldCheck)
            {
                say($"- Not a target: on {warmCheck.Corpus} ({warmCheck.Megabytes:0} MB of IL) the warm check prints the stored answer in {Seconds(warmCheck.Wall)} s, {warmCheck.Peak:0} MB, against {Seconds(coldCheck.Wall)} s and {coldCheck.Peak:0} MB cold: {Ratio(warmCheck.Wall / coldCheck.Wall)} of its cold time.");
            }
        }

        if (get("rules-warm") is { } warm)
        {
            say($"- Not a target: the rule catalog in a process of its own with a warm model cache (the library's path, as a test project runs it) takes {Ratio(warm.Wall / rules.Wall)} of its cold time as whole processes, {Ratio(warm.Inner / rules.Inner)} in the process.");
        }

        foreach (var each in results.Where(r => r.Id == "rules-each"))
        {
            var together = results.FirstOrDefault(r => r.Id == "rules" && r.Corpus == each.Corpus);
            say($"- Not a target: one check per rule on one code base and map, as a test project with a test case per rule runs the catalog ([Theory, CatalogRules]), on {each.Corpus}: {Seconds(each.Wall)} s and {each.Peak:0} MB{(together is null ? "" : $", {Ratio(each.Wall / together.Wall)} of the catalog's wall time in one check")} ({each.Result.Note}).");
        }

        foreach (var on in results.Where(r => r.Id == "rules-pgo"))
        {
            var off = results.FirstOrDefault(r => r.Id == "rules" && r.Corpus == on.Corpus);
            say($"- Not a target: with tiered PGO on (the runtime's default, which a test project keeps by setting TieredPGO to true), the rule catalog on {on.Corpus} takes {Seconds(on.Wall)} s{(off is null ? "" : $"; with it off, as FitnessKit's test packages set it and the CLI runs, {Ratio(off.Wall / on.Wall)} of that")}.");
        }

        if (get("cli-check") is { } check)
        {
            say($"- Not a target: fitnesskit check with the framework map takes {Seconds(check.Wall)} s and {check.Peak:0} MB as a whole process ({check.Result.Note}), {Ratio(check.Wall / rules.Wall)} of the rule catalog's wall time.");
        }

        foreach (var report in results.Where(r => r.Id == "cli-report"))
        {
            Check(say, $"fitnesskit report, all five formats, on {report.Corpus}: peak memory at most 250 MB ({Seconds(report.Wall)} s; {report.Result.Note})", report.Peak, 250, lowerIsBetter: true);
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

    public static string Ratio(double value) => value.ToString("0.00", Invariant);

    private static string Seconds(double value) => value.ToString("0.00", Invariant);

    public static void Check(Action<string> say, string target, double value, double limit, bool lowerIsBetter)
    {
        var met = lowerIsBetter ? value <= limit : value >= limit;
        say($"- {(met ? "MET" : "NOT MET")}: {target} (measured {value.ToString("0.00", Invariant)}).");
    }
}
