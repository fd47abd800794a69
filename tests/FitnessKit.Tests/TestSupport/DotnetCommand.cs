using System.Diagnostics;
using System.Text;

namespace FitnessKit.Tests.TestSupport;

/// <summary>
/// Runs the dotnet CLI as a child process, as a user would in a shell: no telemetry or banner, no MSBuild node left
/// behind, and none of the variables the test host sets for itself.
/// </summary>
internal static class DotnetCommand
{
    private static readonly string[] InheritedPrefixes = ["MSBUILD", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH"];

    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => InheritedPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Result($"dotnet {string.Join(' ', arguments)}", -1, $"{output}{Environment.NewLine}(stopped after {timeout.TotalSeconds:0} s)");
        }

        process.WaitForExit();
        return new Result($"dotnet {string.Join(' ', arguments)}", process.ExitCode, output.ToString());
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    public sealed record Result(string Command, int ExitCode, string Output)
    {
        public override string ToString() => $"{Command} exited with {ExitCode}:{Environment.NewLine}{Output}";
    }
}
