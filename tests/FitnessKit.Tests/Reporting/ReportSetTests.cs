using FitnessKit.Cli;
using FitnessKit.Reporting;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Reporting;

/// <summary>
/// The files of a report are written as one set: the folder holds the old set or the new one, never new HTML beside old
/// JSON. When one file cannot be written, every old file is left as it was and no temporary file is left behind.
/// </summary>
public sealed class ReportSetTests : IDisposable
{
    private const string OldText = "the previous run's report";
    private readonly TemporaryFolder _folder = new();
    private readonly string _reports;

    public ReportSetTests()
    {
        _reports = Path.Combine(_folder.Path, "fitness-report");
        Directory.CreateDirectory(_reports);
        foreach (var format in ReportFormats.All)
        {
            File.WriteAllText(Path.Combine(_reports, ReportFormats.FileName(format)), OldText);
        }
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Replaces_every_file_of_the_old_set_and_leaves_nothing_else()
    {
        var written = FitnessReportWriter.Write(SampleReports.Broken, _reports, ReportFormats.All);

        written.Should().Equal(ReportFormats.All.Select(f => Path.Combine(_reports, ReportFormats.FileName(f))));
        written.Should().OnlyContain(path => File.ReadAllText(path) != OldText);
        Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).Should().BeEquivalentTo(written.Append(_reports));
    }

    [Fact]
    public void Leaves_the_old_set_untouched_when_the_last_file_cannot_replace_its_old_one()
    {
        // A folder where the JUnit file goes: the four files before it are already written when it fails.
        var junit = Path.Combine(_reports, ReportFormats.FileName(ReportFormat.JUnit));
        File.Delete(junit);
        Directory.CreateDirectory(junit);

        FluentActions.Invoking(() => FitnessReportWriter.Write(SampleReports.Broken, _reports, ReportFormats.All))
            .Should().Throw<FitnessKitException>()
            .WithMessage($"{junit}: cannot write the file: a folder is in the way; remove or rename it; none of the 5 files written with it was changed.");

        ShouldHoldOnlyTheOldSet(except: junit);
    }

    [Fact]
    public void Leaves_the_old_set_untouched_when_a_file_fails_while_it_is_written()
    {
        var files = ReportFormats.All.Select((format, i) => (Path.Combine(_reports, ReportFormats.FileName(format)), (Action<Stream>)(stream =>
        {
            stream.Write("new"u8);
            if (i == 2)
            {
                throw new IOException("the disk is full");
            }
        }))).ToList();

        FluentActions.Invoking(() => AtomicFileSet.Write(files)).Should().Throw<FitnessKitException>()
            .WithMessage($"{files[2].Item1}: cannot write the file: the disk is full; none of the 5 files written with it was changed.");

        ShouldHoldOnlyTheOldSet();
    }

    [Fact]
    public void Report_puts_the_old_set_back_and_exits_with_code_2_when_one_file_cannot_be_written()
    {
        var sarif = Path.Combine(_reports, ReportFormats.FileName(ReportFormat.Sarif));
        File.Delete(sarif);
        Directory.CreateDirectory(sarif);
        using var console = new TestConsole();

        var exitCode = ReportCommand.Run(new FileInfo(SampleReports.Config("Shop.Broken")), null, null, new DirectoryInfo(_reports), console.Console);

        exitCode.Should().Be(ExitCodes.BadInput, console.Output);
        console.Output.Should().Contain($"{sarif}: cannot write the file: a folder is in the way").And.NotContain("   at ");
        ShouldHoldOnlyTheOldSet(except: sarif);
    }

    private void ShouldHoldOnlyTheOldSet(string? except = null)
    {
        var old = ReportFormats.All.Select(f => Path.Combine(_reports, ReportFormats.FileName(f))).Where(p => p != except).ToList();
        old.Should().OnlyContain(path => File.ReadAllText(path) == OldText);
        Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).Should().BeEquivalentTo(old.Append(_reports).Append(except).OfType<string>());
    }
}
