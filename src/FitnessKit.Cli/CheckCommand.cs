using System.CommandLine;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary><c>fitnesskit check --config fitness.json</c>: evaluates every rule and prints the violations grouped by rule and context.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config", "-c")
        {
            Description = "The fitness.json file: the assemblies to inspect and the context map.",
            Required = true,
        };
        var command = new Command("check", "Check compiled assemblies against the context map. Exit code 0: clean; 1: violations; 2: bad input.\n\nExample:\n  fitnesskit check --config samples/Shop.Broken/fitness.json")
        {
            config,
        };
        command.SetAction(result => Run(result.GetValue(config)!, Terminal.Create()));
        return command;
    }

    internal static int Run(FileInfo configFile, IAnsiConsole console)
    {
        FitnessReport report;
        try
        {
            var config = FitnessConfig.Load(configFile.FullName);
            var codeBase = CodeBase.Load(config.Assemblies);
            report = FitnessCheck.Evaluate(codeBase, config.Map, config.Rules, config.Severities);
        }
        catch (FitnessKitException exception)
        {
            console.MarkupLineInterpolated($"[red]fitnesskit: cannot check {Printable.Text(configFile.FullName)}:[/]");
            foreach (var problem in exception.Problems)
            {
                console.MarkupLineInterpolated($"  {Printable.Text(problem)}");
            }

            return ExitCodes.BadInput;
        }

        ConsoleReport.Write(report, console, Directory.GetCurrentDirectory());
        return report.HasErrors ? ExitCodes.Violations : ExitCodes.Clean;
    }
}
