using System.Diagnostics;

namespace FitnessKit.Tests.TestSupport;

/// <summary>Runs the built CLI in its own process, as a user would, with environment variables of its own (which a test cannot set for its own process without affecting the tests that run beside it).</summary>
internal static class CliProcess
{
    public static (int ExitCode, string Output, string Error) Run(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FitnessKit.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
