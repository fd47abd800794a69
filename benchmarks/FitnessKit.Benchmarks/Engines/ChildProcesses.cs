using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>The peak memory of a process this process started, once it has exited.</summary>
internal static partial class ChildProcesses
{
    private const int ChildrenOfThisProcess = -1;

    /// <summary>
    /// On Linux and macOS, the largest resident set of any child this process has waited for (getrusage), which is
    /// the one child when the engine starts only one; on Windows, the exited process's peak working set.
    /// </summary>
    public static double PeakMegabytes(Process exited)
    {
        if (OperatingSystem.IsWindows())
        {
            return exited.PeakWorkingSet64 / (1024.0 * 1024.0);
        }

        if (GetResourceUsage(ChildrenOfThisProcess, out var usage) != 0)
        {
            throw new InvalidOperationException($"getrusage failed ({Marshal.GetLastPInvokeError()}).");
        }

        // ru_maxrss is in kilobytes on Linux and in bytes on macOS.
        return OperatingSystem.IsMacOS() ? usage.MaxResidentSet / (1024.0 * 1024.0) : usage.MaxResidentSet / 1024.0;
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetResourceUsage(int who, out ResourceUsage usage);

    /// <summary>struct rusage: two timevals, then ru_maxrss and thirteen more longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentSet;
        public long Rest1;
        public long Rest2;
        public long Rest3;
        public long Rest4;
        public long Rest5;
        public long Rest6;
        public long Rest7;
        public long Rest8;
        public long Rest9;
        public long Rest10;
        public long Rest11;
        public long Rest12;
        public long Rest13;
    }
}
