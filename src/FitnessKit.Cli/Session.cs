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
    public static FitnessReport Evaluate(FileInfo configFile, FileInfo? baselineFile, IAnsiConsole console, DirectoryInfo? cache = null, string? contractsAgainst = null)
    {
        var config = FitnessConfig.Load(configFile.FullName);
        var baseline = baselineFile is null ? null : Baseline.Load(baselineFile.FullName);
        var approved = contractsAgainst is null ? null : ContractsAgainst(contractsAgainst);
        var report = Evaluate(config, console, cache, approved);
        return baseline is null ? report : report.Against(baseline);
    }

    /// <summary>Checks with a configuration already read; with a cache folder, assemblies read before are taken from it.</summary>
    public static FitnessReport Evaluate(FitnessConfig config, IAnsiConsole console, DirectoryInfo? cache = null, ApprovedContracts? approved = null)
    {
        var options = new LoadOptions { CacheDirectory = cache?.FullName };
        var map = approved is null ? config.Map : config.Map.WithApprovedContracts(approved);
        if (!console.Profile.Capabilities.Interactive)
        {
            return Run(config, map, options, _ => { });
        }

        return console.Status().Start("Reading the configuration…", status => Run(config, map, options, text => status.Status(text)));
    }

    /// <summary>Reads <c>--contracts-against</c>: <c>nuget:Id@Version</c>, or an assembly file or folder relative to the working directory.</summary>
    /// <exception cref="FitnessKitException">The value names nothing that exists.</exception>
    public static ApprovedContracts ContractsAgainst(string value)
    {
        if (!value.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            return ApprovedContracts.Build(Path.GetFullPath(value, WorkingDirectory.Current));
        }

        var package = value["nuget:".Length..];
        var at = package.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 || at == package.Length - 1
            ? throw new FitnessKitException($"--contracts-against {value}: name a package and its version as nuget:Id@Version, such as nuget:Shop.Orders.Contracts@1.2.0.")
            : ApprovedContracts.Package(package[..at], package[(at + 1)..]);
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

    private static FitnessReport Run(FitnessConfig config, ContextMapping.ContextMap map, LoadOptions options, Action<string> progress)
    {
        progress("Loading assemblies…");
        var codeBase = CodeBase.Load(config.Assemblies, options);
        progress($"Checking {Phrases.Count(codeBase.Assemblies.Count, "assembly", "assemblies")} against {Phrases.Count(config.Map.Contexts.Count, "context")}…");
        return FitnessCheck.Evaluate(codeBase, map, config.Rules, config.Severities);
    }
}
