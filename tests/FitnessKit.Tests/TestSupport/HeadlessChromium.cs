using System.Diagnostics;
using Xunit.Sdk;

namespace FitnessKit.Tests.TestSupport;

/// <summary>Runs Debian's <c>chromium</c> headless on a local file: the DOM after scripts ran, or a screenshot. .ci/run installs it when missing.</summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    public static string DumpDom(string htmlFile) => Run(htmlFile, "--virtual-time-budget=5000", "--dump-dom");

    public static void Screenshot(string htmlFile, string pngFile) =>
        Run(htmlFile, "--window-size=1300,1600", "--hide-scrollbars", $"--screenshot={pngFile}");

    private static string Run(string htmlFile, params string[] arguments)
    {
        using var profile = new TemporaryFolder();
        var start = new ProcessStartInfo(Executable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions", $"--user-data-dir={profile.Path}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(new Uri(htmlFile).AbsoluteUri);
        using var process = Process.Start(start) ?? throw new XunitException("Could not start chromium.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException($"chromium did not finish within {Timeout.TotalSeconds} s on {htmlFile}.");
        }

        if (process.ExitCode != 0)
        {
            throw new XunitException($"chromium exited with {process.ExitCode} on {htmlFile}: {errors.Result}");
        }

        return output.Result;
    }

    private static string Executable()
    {
        var configured = Environment.GetEnvironmentVariable("FITNESSKIT_CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator);
        return new[] { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" }
            .SelectMany(name => path.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists)
            ?? throw new XunitException("The HTML report is tested in headless Chromium, and none was found on PATH. Install it (Debian/Ubuntu: apt-get install chromium; .ci/run does this) or set FITNESSKIT_CHROMIUM to its path.");
    }
}
