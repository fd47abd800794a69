using System.CommandLine;
using FitnessKit.Baselines;
using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Model;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary><c>fitnesskit baseline --config fitness.json</c>: records today's violations so that a legacy system can adopt the rules and fail only on new ones.</summary>
internal static class BaselineCommand
{
    public const string DefaultFileName = "fitness.baseline.json";

    public static Command Create()
    {
        var config = CliOptions.Config();
        var output = new Option<FileInfo?>("--out", "-o") { Description = $"The baseline file. Default: {DefaultFileName} beside the configuration." };
        var prune = new Option<bool>("--prune") { Description = "Only remove what was fixed (stale entries, lowered counts); never add a violation." };
        var strict = CliOptions.Strict("Refuse to create the baseline or let it grow: for CI, where only fixing may change it.");
        var cache = CliOptions.Cache();
        var command = new Command("baseline", $"""
            Record the current violations in a baseline file. 'check --baseline FILE' then fails only on violations the file does not record.
            Entries are edges (rule, source type and member, target) with counts, so they survive rebuilds and moved lines, and a new violation in a baselined type still fails.

            Examples:
              fitnesskit baseline --config fitness.json
              fitnesskit baseline --config fitness.json --prune
              fitnesskit check --config fitness.json --baseline {DefaultFileName}
            """)
        {
            config, output, prune, strict, cache,
        };
        command.SetAction(result => Run(new BaselineSettings(result.GetValue(config)!, result.GetValue(output), result.GetValue(prune), result.GetValue(strict), result.GetValue(cache)), Terminal.Create()));
        return command;
    }

    internal static int Run(BaselineSettings settings, IAnsiConsole console) => Session.Guard(console, $"record the baseline of {settings.Config.FullName}", () =>
    {
        var config = FitnessConfig.Load(settings.Config.FullName);
        var file = settings.Output?.FullName ?? Path.Combine(config.BaseDirectory, DefaultFileName);
        var previous = File.Exists(file) ? Baseline.Load(file) : null;
        if (previous is null && (settings.Prune || settings.Strict))
        {
            console.MarkupLineInterpolated($"[red]fitnesskit: {file} does not exist; {(settings.Prune ? "--prune" : "--strict")} only changes an existing baseline.[/]");
            return settings.Prune ? ExitCodes.BadInput : ExitCodes.Violations;
        }

        var report = Session.Evaluate(config, console, settings.Cache);
        var relative = Path.GetRelativePath(WorkingDirectory.Current, file).Replace('\\', '/');
        if (settings.Prune)
        {
            var status = report.Against(previous!).Baseline!;
            status.Pruned().Save(file);
            console.MarkupLineInterpolated($"Pruned {relative}: {Phrases.Count(status.FixedCount, "fixed violation")} removed ({Phrases.Count(status.Stale.Count, "stale entry", "stale entries")}); {Phrases.Count(status.New, "new violation")} {(status.New == 1 ? "was" : "were")} not added.");
            return ExitCodes.Clean;
        }

        var recorded = Baseline.Of(report.Violations);
        var growth = previous is null ? recorded.Entries : Growth(previous, recorded);
        if (settings.Strict && growth.Count > 0)
        {
            var added = growth.Sum(e => e.Count);
            console.MarkupLineInterpolated($"[red]--strict: the baseline would grow by {Phrases.Count(added, "violation")}; fix {(added == 1 ? "it" : "them")} instead of recording {(added == 1 ? "it" : "them")}:[/]");
            foreach (var entry in growth)
            {
                console.MarkupLineInterpolated($"  + {entry}");
            }

            return ExitCodes.Violations;
        }

        recorded.Save(file);
        var change = previous is null
            ? "created"
            : $"{growth.Sum(e => e.Count)} added, {Math.Max(0, previous.ViolationCount - (recorded.ViolationCount - growth.Sum(e => e.Count)))} fixed and removed";
        console.MarkupLineInterpolated($"Recorded {Phrases.Count(recorded.ViolationCount, "violation")} as {Phrases.Count(recorded.Entries.Count, "entry", "entries")} in {relative} ({change}).");
        return ExitCodes.Clean;
    });

    /// <summary>The entries of <paramref name="recorded"/> that <paramref name="previous"/> does not accept, each with the number of violations it adds.</summary>
    private static List<BaselineEntry> Growth(Baseline previous, Baseline recorded)
    {
        var before = previous.Entries.ToDictionary(e => e.Key, e => e.Count, StringComparer.Ordinal);
        return [.. recorded.Entries
            .Select(e => e with { Count = e.Count - before.GetValueOrDefault(e.Key) })
            .Where(e => e.Count > 0)];
    }
}

/// <summary>What <c>fitnesskit baseline</c> was asked to do.</summary>
internal sealed record BaselineSettings(FileInfo Config, FileInfo? Output = null, bool Prune = false, bool Strict = false, DirectoryInfo? Cache = null);
