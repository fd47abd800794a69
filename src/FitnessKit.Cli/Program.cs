using System.CommandLine;
using FitnessKit.Cli;

var root = new RootCommand("FitnessKit: architecture fitness tests for data ownership between bounded contexts. Reads compiled assemblies; never runs them.")
{
    CheckCommand.Create(),
    ReportCommand.Create(),
    BaselineCommand.Create(),
    InitCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"fitnesskit: {error.Message}");
    }

    Console.Error.WriteLine("Run 'fitnesskit --help' for usage.");
    return ExitCodes.BadInput;
}

return parsed.Invoke();
