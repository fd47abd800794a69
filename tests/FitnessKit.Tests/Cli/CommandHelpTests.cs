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

    [Theory]
    [InlineData("--help", "fitnesskit [command] [options]")]
    [InlineData("check --help", "fitnesskit check [options]")]
    public void Should_name_the_fitnesskit_command_in_the_usage_line_whatever_file_runs_it(string arguments, string usage)
    {
        using var output = new StringWriter();

        FitnessKitCommand.Create().Parse(arguments.Split(' ')).Invoke(new InvocationConfiguration { Output = output });

        output.ToString().Should().Contain("Usage:" + Environment.NewLine + "  " + usage).And.NotContain("FitnessKit.Cli");
    }

    private static Command Create(string name) => name switch
    {
        "check" => CheckCommand.Create(),
        "report" => ReportCommand.Create(),
        "baseline" => BaselineCommand.Create(),
        _ => InitCommand.Create(),
    };
}
