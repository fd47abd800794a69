using FitnessKit.Baselines;
using FitnessKit.Cli;
using FitnessKit.Configuration;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Configuration;

/// <summary>Configuration and baseline files that are not files: a folder or a device is named as one, and a runaway file is refused at 64 MB instead of filling memory.</summary>
public sealed class InputFileTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_folder_given_as_the_configuration_is_named_as_a_folder()
    {
        FluentActions.Invoking(() => FitnessConfig.Load(_folder.Path)).Should().Throw<FitnessKitException>()
            .WithMessage($"{_folder.Path}: a folder, not a configuration file; name the file itself.");
    }

    [Fact]
    public void A_folder_given_as_the_baseline_is_named_as_a_folder()
    {
        FluentActions.Invoking(() => Baseline.Load(_folder.Path)).Should().Throw<FitnessKitException>()
            .WithMessage($"{_folder.Path}: a folder, not a baseline file; name the file itself.");
    }

    [Fact]
    public void A_file_of_more_than_64_MB_is_refused_with_exit_code_2()
    {
        var large = Path.Combine(_folder.Path, "large.json");
        using (var stream = File.Create(large))
        {
            stream.SetLength(InputFile.MaxBytes + 1L);
        }

        using var console = new TestConsole();
        var exitCode = CheckCommand.Run(new FileInfo(large), console.Console);

        exitCode.Should().Be(ExitCodes.BadInput, console.Output);
        console.Output.Should().Contain($"{large}: more than 64 MB, far more than a configuration file holds; is it the right file?");
    }

    [Fact]
    public void A_device_that_never_ends_given_as_the_baseline_is_named_as_a_device_and_not_read()
    {
        var read = InputOutcome.Bounded(() => FluentActions.Invoking(() => Baseline.Load("/dev/zero")).Should().Throw<FitnessKitException>().Which.Message);

        read.Should().Be("/dev/zero: a character device, not a baseline file; name the file itself.");
    }
}
