using System.CommandLine;
using FitnessKit.Baselines;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Reporting;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary><c>fitnesskit report --config fitness.json --format html,md,json,sarif,junit --out DIR</c>: writes the reports without failing on violations.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var config = CliOptions.Config();
        var baseline = CliOptions.Baseline("A baseline file: the reports mark the violations it records as baselined.");
        var format = CliOptions.Format("Default: all.");
        var output = CliOptions.Out($"The directory to write the reports into. Default: ./{ReportOutput.DefaultDirectory}.");
        var cache = CliOptions.Cache();
        var against = CliOptions.ContractsAgainst();
        var command = new Command("report", """
            Write the dependency-violation reports: HTML (context map, filterable table), Markdown (job summary), JSON, SARIF 2.1.0 and JUnit XML.
            Exit code 0 when the reports were written, whatever they contain; 2 on bad input. Use 'check --out' to write reports and fail on violations.

            Examples:
              fitnesskit report --config samples/Shop.Broken/fitness.json --out artifacts/report
              fitnesskit report --config fitness.json --format sarif --out . --baseline fitness.baseline.json
            """)
        {
            config, baseline, format, output, cache, against,
        };
        command.SetAction(result => Run(result.GetValue(config)!, result.GetValue(baseline), result.GetValue(format), result.GetValue(output), Terminal.Create(), result.GetValue(cache), result.GetValue(against)));
        return command;
    }

    internal static int Run(FileInfo configFile, FileInfo? baselineFile, string? formats, DirectoryInfo? output, IAnsiConsole console, DirectoryInfo? cache = null, string? contractsAgainst = null) => Session.Guard(console, $"write the reports of {configFile.FullName}", () =>
    {
        var request = ReportOutput.Requested(formats, output, always: true)!.Value;
        var report = Session.Evaluate(configFile, baselineFile, console, cache, contractsAgainst);

        console.MarkupLineInterpolated($"Checked {report.Scope}: {Phrases.Count(report.Violations.Count, "violation")} ({Phrases.Number(report.NewViolations.Count)} new).");
        if (report.NewViolations.Count > 0)
        {
            ContextPairSummary.Write(report.NewViolations, console, new ConsoleDetail().MostPairs, (from, to) => CouplingText.Between(report, from, to));
        }

        ReportOutput.Write(report, request, console);
        return ExitCodes.Clean;
    });
}
