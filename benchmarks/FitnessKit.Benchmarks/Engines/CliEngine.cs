using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// The fitnesskit command as users run it, a whole process of its own (the Release build of src/FitnessKit.Cli):
/// <c>check</c> with the corpus's map, its console output read as a CI log would, or <c>report</c> writing all five
/// formats into a folder under artifacts/benchmarks/reports. Its wall time and peak memory are the CLI process's.
/// </summary>
internal sealed partial class CliEngine(string command, string configPath, string? reportFolder = null, string? cacheFolder = null) : IEngine
{
    public string Name => (reportFolder, cacheFolder) switch
    {
        (not null, _) => "fitnesskit report, all 5 formats (CLI)",
        (_, not null) => "fitnesskit check --cache, warm: the stored answer (CLI)",
        _ => "fitnesskit check (CLI)",
    };

    /// <summary>Gets the CLI built in the benchmark's own configuration (the benchmark's project references it, so that it is built too).</summary>
    public static string CliAssembly { get; } = Path.Combine(
        Corpora.Root, "src", "FitnessKit.Cli", "bin",
        typeof(CliEngine).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release",
        "net10.0", "FitnessKit.Cli.dll");

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        List<string> arguments = [CliAssembly, command, "--config", configPath];
        if (reportFolder is not null)
        {
            if (Directory.Exists(reportFolder))
            {
                Directory.Delete(reportFolder, recursive: true);
            }

            arguments.AddRange(["--format", "all", "--out", reportFolder]);
        }

        if (cacheFolder is not null)
        {
            arguments.AddRange(["--cache", cacheFolder]);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watch.Stop();
        var peak = ChildProcesses.PeakMegabytes(process);

        // check exits with 1 when it found violations; 2 is bad input, which the benchmark must not pass off as a time.
        if (process.ExitCode is not (0 or 1) || (reportFolder is not null && process.ExitCode != 0))
        {
            throw new InvalidOperationException($"fitnesskit {command} --config {configPath} exited with {process.ExitCode}: {error.Result}{output}");
        }

        // The total is the last count printed: each rule's heading names its own count first.
        var violations = ViolationCount().Matches(output) is { Count: > 0 } matches ? matches[^1].Groups[1].Value : "?";
        var note = reportFolder is null
            ? $"{violations} violations, {output.Length / 1024.0:N0} KB printed"
            : $"{violations} violations; {Files(reportFolder)}";
        return new EngineAnswer(assemblyFiles.Count, 0, [], note, new ProcessMeasure(watch.Elapsed.TotalMilliseconds, peak));
    }

    /// <summary>Each written file with its size, such as <c>report.json 40.1 MB</c>.</summary>
    private static string Files(string folder) => string.Join(", ", Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(f => $"{Path.GetRelativePath(folder, f)} {new FileInfo(f).Length / 1048576.0:0.0} MB"));

    [GeneratedRegex(@"([\d,]+) violations?\b", RegexOptions.CultureInvariant)]
    private static partial Regex ViolationCount();
}
