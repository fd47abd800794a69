using System.CommandLine;
using FitnessKit.Cli;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary>Every command explains itself with <c>--help</c>: what it does, its exit codes where they matter, and examples.</summary>
public sealed class CommandHelpTests
{
    public static TheoryData<string> Commands => new() { "check", "report", "baseline", "init" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Should_describe_each_command_with_examples_and_each_option(string name)
    {
        var command = Create(name);

        command.Description.Should().Contain("Examples:").And.Contain($"fitnesskit {name} ");
        command.Options.Should().OnlyContain(o => !string.IsNullOrWhiteSpace(o.Description));
    }

    private static Command Create(string name) => name switch
    {
        "check" => CheckCommand.Create(),
        "report" => ReportCommand.Create(),
        "baseline" => BaselineCommand.Create(),
        _ => InitCommand.Create(),
    };
}
