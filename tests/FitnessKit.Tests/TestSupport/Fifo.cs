using System.Diagnostics;

namespace FitnessKit.Tests.TestSupport;

/// <summary>
/// Named pipes (FIFOs) made with <c>mkfifo</c> (Unix; CI runs on Linux). Opening a FIFO to read waits until a writer
/// comes, so a kit that opened one would hang: tests that use them run the kit bounded in time
/// (<see cref="InputOutcome.Bounded{T}"/>) and <see cref="ReleaseAll"/> frees any reader left waiting.
/// </summary>
internal static class Fifo
{
    /// <summary>Makes a FIFO at the path.</summary>
    /// <returns>The path.</returns>
    public static string Create(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 && UnixFileType.Of(path) == UnixFileType.Kind.Fifo
            ? path
            : throw new InvalidOperationException($"mkfifo {path} failed (exit code {process.ExitCode}): {error}");
    }

    /// <summary>Opens every FIFO under a folder for reading and writing, which on Linux never waits, and so lets a reader waiting on it go.</summary>
    public static void ReleaseAll(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly).Where(p => UnixFileType.Of(p) == UnixFileType.Kind.Fifo))
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }
            catch (IOException)
            {
            }
        }
    }
}
