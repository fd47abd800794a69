using System.CommandLine;
using FitnessKit.Baselines;

namespace FitnessKit.Cli;

/// <summary>The options several commands share, so they read the same everywhere.</summary>
internal static class CliOptions
{
    public static Option<FileInfo> Config() => new("--config", "-c")
    {
        Description = "The fitness.json file: the assemblies to inspect and the context map.",
        Required = true,
    };

    public static Option<FileInfo?> Baseline(string description) => new("--baseline", "-b")
    {
        Description = description,
    };

    public static Option<string?> Format(string defaultText) => new("--format", "-f")
    {
        Description = $"Report formats, comma-separated: html, md, json, sarif, junit, or all. {defaultText}",
    };

    public static Option<DirectoryInfo?> Out(string description) => new("--out", "-o")
    {
        Description = description,
    };

    public static Option<DirectoryInfo?> Cache(string? more = null) => new("--cache")
    {
        Description = "A folder for a cache of what was read from each assembly, keyed by its name and MVID: a re-run over unchanged assemblies reads them from it, a rebuilt one is read again. Created when missing; keep it between CI runs (the first run, which fills it, takes longer)." + (more is null ? string.Empty : " " + more),
    };

    public static Option<bool> All() => new("--all")
    {
        Description = "Print every violation and every place it occurs. By default the console prints a summary by context pair, then at most 50 findings (identical violations once, with up to 3 places each) and says how many more the reports hold.",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "List every reference that could not be found and every file skipped, each with its reason. By default each kind is one summary line; the reports always list them all.",
    };

    public static Option<bool> Strict(string description) => new("--strict")
    {
        Description = description,
    };

    public static Option<string?> ContractsAgainst() => new("--contracts-against")
    {
        Description = "FK013: compare the contracts with an older compiled build instead of the approved snapshots: an assembly file, a folder of assemblies, or nuget:Id@Version from the local NuGet packages folder (never downloaded).",
    };
}
