using System.CommandLine;
using System.CommandLine.Help;

namespace FitnessKit.Cli;

/// <summary>
/// The root of the command line, named <c>fitnesskit</c> whatever the file that runs it: a <see cref="RootCommand"/> takes
/// its name from the entry assembly (<c>FitnessKit.Cli</c> under <c>dotnet run</c> and in the installed tool), and the
/// usage line must show the command a user types.
/// </summary>
internal static class FitnessKitCommand
{
    /// <summary>The command a user types: the tool's <c>ToolCommandName</c>.</summary>
    public const string Name = "fitnesskit";

    public static Command Create() => new(Name, "FitnessKit: architecture fitness tests for data ownership between bounded contexts. Reads compiled assemblies; never runs them.")
    {
        new HelpOption(),
        new VersionOption(),
        CheckCommand.Create(),
        ReportCommand.Create(),
        BaselineCommand.Create(),
        InitCommand.Create(),
        TablesCommand.Create(),
        ContractsCommand.Create(),
    };
}
