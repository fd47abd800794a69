using FitnessKit.Evaluation;
using FitnessKit.Reporting;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary>Writes the report files a command was asked for and says where they went.</summary>
internal static class ReportOutput
{
    public const string DefaultDirectory = "fitness-report";

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
        var baseDirectory = WorkingDirectory.Current;
        var written = FitnessReportWriter.Write(report, request.Directory, request.Formats, new ReportOptions { BaseDirectory = baseDirectory });
        console.MarkupLineInterpolated($"Reports: {string.Join(", ", written.Select(path => Path.GetRelativePath(baseDirectory, path).Replace('\\', '/')))}");
    }
}
