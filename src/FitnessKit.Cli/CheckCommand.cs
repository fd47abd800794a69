using System.CommandLine;
using FitnessKit.Baselines;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Reporting;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary><c>fitnesskit check --config fitness.json</c>: evaluates every rule, prints a summary by context pair and the findings by rule and context (capped unless --all), and optionally applies a baseline and writes reports.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var config = CliOptions.Config();
        var baseline = CliOptions.Baseline("A baseline file (from 'fitnesskit baseline'): the violations it records do not fail the check; new ones do.");
        var strict = CliOptions.Strict("With --baseline: also fail when a baseline entry matches nothing any more (the baseline is stale and should be pruned).");
        var format = CliOptions.Format("Default: all formats when --out is given, none otherwise.");
        var output = CliOptions.Out($"The directory to write reports into (default with --format: ./{ReportOutput.DefaultDirectory}).");
        var cache = CliOptions.Cache("Without --out, the check also stores what it printed there, with every file, folder and environment variable it read: asked again while all of them are unchanged, it prints that answer without checking (--verbose says which input changed when it checks).");
        var all = CliOptions.All();
        var verbose = CliOptions.Verbose();
        var against = CliOptions.ContractsAgainst();
        var command = new Command("check", """
            Check compiled assemblies against the context map. Exit code 0: clean (or only baselined violations); 1: violations; 2: bad input.

            Examples:
              fitnesskit check --config samples/Shop.Broken/fitness.json
              fitnesskit check --config fitness.json --all
              fitnesskit check --config fitness.json --verbose
              fitnesskit check --config fitness.json --baseline fitness.baseline.json --strict
              fitnesskit check --config fitness.json --out artifacts/fitness --format html,sarif
              fitnesskit check --config fitness.json --cache .fitnesskit/cache
              fitnesskit check --config fitness.json --contracts-against nuget:Shop.Orders.Contracts@1.2.0
            """)
        {
            config, baseline, strict, format, output, cache, all, verbose, against,
        };
        command.SetAction(result => Run(
            new CheckSettings(result.GetValue(config)!, result.GetValue(baseline), result.GetValue(strict), result.GetValue(format), result.GetValue(output), result.GetValue(cache), result.GetValue(all), result.GetValue(verbose), result.GetValue(against)),
            Terminal.Create()));
        return command;
    }

    internal static int Run(FileInfo configFile, IAnsiConsole console) => Run(new CheckSettings(configFile), console);

    internal static int Run(CheckSettings settings, IAnsiConsole console) => Session.Guard(console, $"check {settings.Config.FullName}", () =>
    {
        var request = ReportOutput.Requested(settings.Formats, settings.Output);

        // With a cache and no report to write, the check's answer is the console's output: stored with every input
        // it read, and printed again while every one of them is unchanged.
        var answers = request is null && settings.Cache is { } cache ? AnswerCache.For(cache, settings, console) : null;
        if (answers?.Find() is { } lookup)
        {
            if (lookup.Found)
            {
                console.Profile.Out.Writer.Write(lookup.Output);
                console.Profile.Out.Writer.Flush();
                Verbose(console, settings, $"Answer cache: printed the answer stored in {answers.File}: {Phrases.Count(lookup.Inputs, "input")} unchanged.");
                return lookup.ExitCode;
            }

            Verbose(console, settings, $"Answer cache: checking, {lookup.Reason}.");
            answers.Prepare();
        }

        using var inputs = answers is null ? null : InputLog.Open();
        var report = Session.Evaluate(settings.Config, settings.Baseline, console, settings.Cache, settings.ContractsAgainst);
        using var capture = answers is null ? null : OutputCapture.Start(console);
        var exitCode = Answer(settings, console, report, request);
        if (answers is not null && inputs is not null && capture is not null)
        {
            var text = capture.Text;
            capture.Dispose();
            inputs.Dispose();
            // A damaged model-cache file is noted in the output once, when it is read afresh; not in every answer after.
            var notStored = report.Model.CodeBase.DamagedCacheFiles.Count > 0
                ? "the model cache held damaged files, which this check noted and wrote again"
                : answers.Store(inputs, text, exitCode);
            if (notStored is not null)
            {
                Verbose(console, settings, $"Answer cache: not stored, {notStored}.");
            }
        }

        return exitCode;
    });

    private static int Answer(CheckSettings settings, IAnsiConsole console, FitnessReport report, (IReadOnlyList<ReportFormat> Formats, string Directory)? request)
    {
        var detail = settings.All ? ConsoleDetail.All : new ConsoleDetail { Verbose = settings.Verbose };
        ConsoleReport.Write(report, console, WorkingDirectory.Current, detail with { ReportDirectory = request?.Directory });
        if (request is { } wanted)
        {
            ReportOutput.Write(report, wanted, console);
        }

        if (report.HasErrors)
        {
            return ExitCodes.Violations;
        }

        if (settings.Strict && report.Baseline is { Stale.Count: > 0 })
        {
            console.MarkupLine("[red]--strict: the baseline has stale entries; remove them with 'fitnesskit baseline --prune'.[/]");
            return ExitCodes.Violations;
        }

        return ExitCodes.Clean;
    }

    private static void Verbose(IAnsiConsole console, CheckSettings settings, string line)
    {
        if (settings.Verbose)
        {
            console.MarkupLineInterpolated($"[grey]{Printable.Text(line)}[/]");
        }
    }
}

/// <summary>What <c>fitnesskit check</c> was asked to do.</summary>
internal sealed record CheckSettings(FileInfo Config, FileInfo? Baseline = null, bool Strict = false, string? Formats = null, DirectoryInfo? Output = null, DirectoryInfo? Cache = null, bool All = false, bool Verbose = false, string? ContractsAgainst = null);
