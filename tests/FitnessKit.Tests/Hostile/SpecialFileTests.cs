using FitnessKit.Cli;
using FitnessKit.Inspection;
using FitnessKit.Loading;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary>
/// Paths that name something other than a regular file: a FIFO, which blocks whoever opens it to read until a writer
/// comes, and a device, which never ends. Given as the configuration or the baseline, each is named for what it is, with
/// exit code 2; found in a cache folder, it is passed over. Every action runs bounded in time, so a regression fails
/// instead of hanging the suite. (FIFOs in the assembly patterns, beside assemblies and as PDBs are in the corpus of
/// <see cref="BadAssemblyFileTests"/>.)
/// </summary>
public sealed class SpecialFileTests : IDisposable
{
    private const string Targets = "FitnessKit.Subjects.Targets";
    private readonly TemporaryFolder _folder = new();

    public void Dispose()
    {
        Fifo.ReleaseAll(_folder.Path);
        Fifo.ReleaseAll(Path.Combine(_folder.Path, "cache"));
        _folder.Dispose();
    }

    [Fact]
    public void A_FIFO_given_as_the_configuration_is_named_as_a_FIFO_with_exit_code_2()
    {
        var fifo = Fifo.Create(Path.Combine(_folder.Path, "fitness.json"));
        using var console = new TestConsole();

        var exitCode = InputOutcome.Bounded(() => CheckCommand.Run(new FileInfo(fifo), console.Console));

        exitCode.Should().Be(ExitCodes.BadInput, console.Output);
        console.Output.Should().Contain($"{fifo}: a FIFO (named pipe), not a configuration file; name the file itself.").And.NotContain("   at ");
    }

    [Fact]
    public void A_FIFO_given_as_the_baseline_is_named_as_a_FIFO_with_exit_code_2()
    {
        var fifo = Fifo.Create(Path.Combine(_folder.Path, "fitness.baseline.json"));
        using var console = new TestConsole();

        var exitCode = InputOutcome.Bounded(() => CheckCommand.Run(new CheckSettings(new FileInfo(SampleReports.Config("Shop.Broken")), new FileInfo(fifo)), console.Console));

        exitCode.Should().Be(ExitCodes.BadInput, console.Output);
        console.Output.Should().Contain($"{fifo}: a FIFO (named pipe), not a baseline file; name the file itself.").And.NotContain("   at ");
    }

    [Fact]
    public void A_character_device_given_as_the_configuration_is_named_as_a_device_with_exit_code_2()
    {
        using var console = new TestConsole();

        var exitCode = InputOutcome.Bounded(() => CheckCommand.Run(new FileInfo("/dev/urandom"), console.Console));

        exitCode.Should().Be(ExitCodes.BadInput, console.Output);
        console.Output.Should().Contain("/dev/urandom: a character device, not a configuration file; name the file itself.");
    }

    [Fact]
    public void A_FIFO_in_the_cache_folder_named_like_a_cached_assembly_is_not_read()
    {
        var subject = Repository.Subject(Targets);
        var cache = Directory.CreateDirectory(Path.Combine(_folder.Path, "cache")).FullName;
        MvidReader.TryRead(subject, out var mvid).Should().BeTrue();
        Fifo.Create(Path.Combine(cache, $"{Targets}.{mvid:N}.fkmc"));

        var codeBase = InputOutcome.Bounded(() => CodeBase.Load(AssemblySource.Files(subject), new LoadOptions { CacheDirectory = cache }));

        codeBase.Assemblies.Should().ContainSingle().Which.Name.Should().Be(Targets);
    }

    [Fact]
    public void A_FIFO_given_as_the_cache_folder_is_named_as_a_FIFO()
    {
        var subject = Repository.Subject(Targets);
        var fifo = Fifo.Create(Path.Combine(_folder.Path, "cache"));

        var load = () => InputOutcome.Bounded(() => CodeBase.Load(AssemblySource.Files(subject), new LoadOptions { CacheDirectory = fifo }));

        load.Should().Throw<FitnessKitException>().Which.Message.Should().Contain($"{fifo}: the cache directory is a FIFO (named pipe). Give a folder");
    }
}
