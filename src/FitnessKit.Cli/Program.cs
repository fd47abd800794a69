using System.CommandLine;
using FitnessKit;
using FitnessKit.Cli;

var root = FitnessKitCommand.Create();

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in ParseErrors.Describe(parsed))
    {
        Console.Error.WriteLine($"fitnesskit: {error}");
    }

    Console.Error.WriteLine("Run 'fitnesskit --help' for usage.");
    return ExitCodes.BadInput;
}

try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (exception is not OutOfMemoryException)
{
    // Bad input is reported by each command as a FitnessKitException; anything else is a defect of FitnessKit itself.
    Console.Error.WriteLine($"fitnesskit: internal error: {exception.GetType().Name}: {exception.Message}");
    Console.Error.WriteLine("This is a defect in FitnessKit, not in your code; please report it with the command and the input that caused it.");
    return ExitCodes.BadInput;
}
