using FitnessKit.Baselines;
using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Model;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary>What every command that checks does first: read the configuration, load the assemblies (with a progress display on a terminal) and evaluate the rules. Bad input becomes one clear message and exit code 2.</summary>
internal static class Session
{
    /// <summary>Reads the configuration and the baseline (when given) first, so bad input fails before any assembly is read, then checks and applies the baseline.</summary>
    public static FitnessReport Evaluate(FileInfo configFile, FileInfo? baselineFile, IAnsiConsole console, DirectoryInfo? cache = null)
    {
        var config = FitnessConfig.Load(configFile.FullName);
        var baseline = baselineFile is null ? null : Baseline.Load(baselineFile.FullName);
        var report = Evaluate(config, console, cache);
        return baseline is null ? report : report.Against(baseline);
    }

    /// <summary>Checks with a configuration already read; with a cache folder, assemblies read before are taken from it.</summary>
    public static FitnessReport Evaluate(FitnessConfig config, IAnsiConsole console, DirectoryInfo? cache = null)
    {
        var options = new LoadOptions { CacheDirectory = cache?.FullName };
        if (!console.Profile.Capabilities.Interactive)
        {
            return Run(config, options, _ => { });
        }

        return console.Status().Start("Reading the configuration…", status => Run(config, options, text => status.Status(text)));
    }

    /// <summary>Runs a command body; a <see cref="FitnessKitException"/> is printed as its problems, one per line, and turns into exit code 2.</summary>
    /// <param name="console">Where to print.</param>
    /// <param name="what">What the command could not do, with its input, such as <c>check /repo/fitness.json</c>.</param>
    /// <param name="body">The command.</param>
    public static int Guard(IAnsiConsole console, string what, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (FitnessKitException exception)
        {
            console.MarkupLineInterpolated($"[red]fitnesskit: cannot {Printable.Text(what)}:[/]");
            foreach (var problem in exception.Problems)
            {
                console.MarkupLineInterpolated($"  {Printable.Text(problem)}");
            }

            return ExitCodes.BadInput;
        }
    }

    private static FitnessReport Run(FitnessConfig config, LoadOptions options, Action<string> progress)
    {
        progress("Loading assemblies…");
        var codeBase = CodeBase.Load(config.Assemblies, options);
        progress($"Checking {Phrases.Count(codeBase.Assemblies.Count, "assembly", "assemblies")} against {Phrases.Count(config.Map.Contexts.Count, "context")}…");
        return FitnessCheck.Evaluate(codeBase, config.Map, config.Rules, config.Severities);
    }
}
