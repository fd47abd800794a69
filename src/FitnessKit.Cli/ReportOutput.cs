using FitnessKit.Evaluation;
using FitnessKit.Reporting;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary>Writes the report files a command was asked for and says where they went.</summary>
internal static class ReportOutput
{
    public const string DefaultDirectory = "fitness-report";

    // Above this, collecting before the reports are written lowers the process's peak by tens of megabytes.
    private const long LargeHeapBytes = 128L << 20;

    /// <summary>Which formats to write where: none unless <c>--format</c> or <c>--out</c> is given; every format when only <c>--out</c> is.</summary>
    public static (IReadOnlyList<ReportFormat> Formats, string Directory)? Requested(string? formats, DirectoryInfo? output, bool always = false)
    {
        if (formats is null && output is null && !always)
        {
            return null;
        }

        return (formats is null ? ReportFormats.All : ReportFormats.Parse(formats), output?.FullName ?? Path.GetFullPath(DefaultDirectory));
    }

    public static void Write(FitnessReport report, (IReadOnlyList<ReportFormat> Formats, string Directory) request, IAnsiConsole console)
    {
        // The check is done: what it worked with and no longer holds (the dependencies let go, the catalogs' open
        // assemblies, the memos of what each name is) is garbage, much of it old enough to wait for a full collection.
        // Collected and handed back now, before the writers allocate, the process peaks at what the report needs, not at
        // both (on 600 assemblies and 18,794 violations, 237 to 241 MB against 268 to 270, in no more time). A small
        // heap is left alone: the collection costs about 80 ms on the framework map, for 5 MB.
        if (GC.GetGCMemoryInfo().HeapSizeBytes > LargeHeapBytes)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        var baseDirectory = WorkingDirectory.Current;
        var written = FitnessReportWriter.Write(report, request.Directory, request.Formats, new ReportOptions { BaseDirectory = baseDirectory });
        console.MarkupLineInterpolated($"Reports: {string.Join(", ", written.Select(path => Path.GetRelativePath(baseDirectory, path).Replace('\\', '/')))}");
    }
}
