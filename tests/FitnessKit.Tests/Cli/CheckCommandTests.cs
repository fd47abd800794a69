using FitnessKit.Cli;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary><c>fitnesskit check</c>: exit code 0 when clean, 1 on violations, 2 on bad input, with a message that names the file.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Exits_with_0_and_says_what_it_checked_when_the_good_sample_is_clean()
    {
        using var console = new TestConsole();

        var exitCode = CheckCommand.Run(new FileInfo(Path.Combine(Repository.Sample("Shop"), "fitness.json")), console.Console);

        exitCode.Should().Be(0, console.Output);
        console.Output.Should().StartWith("Checked 4 contexts, ").And.Contain("No violations.");
    }

    [Fact]
    public void Exits_with_1_and_lists_the_violations_of_the_broken_sample_with_file_and_line()
    {
        using var console = new TestConsole();
        using (WorkingDirectory.Use(Repository.Root))
        {
            var exitCode = CheckCommand.Run(new FileInfo(Path.Combine(Repository.Sample("Shop.Broken"), "fitness.json")), console.Console);

            exitCode.Should().Be(1);
        }

        Approvals.Verify(console.Output, "check-broken-sample");
    }

    [Fact]
    public void Says_that_a_map_of_one_context_leaves_the_rules_between_contexts_nothing_to_compare()
    {
        var config = Path.Combine(_folder, "fitness.json");
        var assemblies = Path.Combine(LayoutSubjects.Output(LayoutSubjects.ModulesInOneAssembly), "Bakery.*.dll").Replace('\\', '/');
        File.WriteAllText(config, $$"""{ "assemblies": ["{{assemblies}}"], "contexts": [{ "name": "Bakery", "assemblies": ["Bakery.Web"] }] }""");
        using var one = new TestConsole();
        using var two = new TestConsole();

        CheckCommand.Run(new FileInfo(config), one.Console).Should().Be(0, one.Output);
        CheckCommand.Run(new FileInfo(LayoutSubjects.HandWrittenMap(LayoutSubjects.ModulesInOneAssembly)), two.Console).Should().Be(1, two.Output);

        one.Output.Should().Contain("One context only (Bakery): FK001, FK002, FK004, FK005, FK006, FK008, FK009 and FK012 compare contexts, so they had nothing to check.")
            .And.Contain("No violations.");
        two.Output.Should().NotContain("One context only");
    }

    [Fact]
    public void With_a_cache_folder_a_second_check_reads_the_cache_and_says_exactly_what_the_first_said()
    {
        var cache = new DirectoryInfo(Path.Combine(_folder, "cache"));
        var config = new FileInfo(Path.Combine(Repository.Sample("Shop.Broken"), "fitness.json"));
        using var first = new TestConsole();
        using var second = new TestConsole();

        var firstExit = CheckCommand.Run(new CheckSettings(config, Cache: cache), first.Console);
        var written = Directory.GetFiles(cache.FullName).Select(f => (Path.GetFileName(f), File.GetLastWriteTimeUtc(f))).ToList();
        var secondExit = CheckCommand.Run(new CheckSettings(config, Cache: cache), second.Console);

        (firstExit, secondExit).Should().Be((1, 1));
        written.Should().Contain(f => f.Item1.EndsWith(".fkmc", StringComparison.Ordinal), "the first run decodes the sample's assemblies and keeps them")
            .And.Contain(f => f.Item1.EndsWith(".fkct", StringComparison.Ordinal), "the sample's DbContexts' models are kept beside their assemblies'")
            .And.OnlyContain(f => f.Item1.EndsWith(".fkmc", StringComparison.Ordinal) || f.Item1.EndsWith(".fkcc", StringComparison.Ordinal) || f.Item1.EndsWith(".fkct", StringComparison.Ordinal), "beside them, the calls between contexts and the models of the DbContexts it found");
        Directory.GetFiles(cache.FullName).Select(f => (Path.GetFileName(f), File.GetLastWriteTimeUtc(f)))
            .Should().BeEquivalentTo(written, "the second run reads the cache and writes nothing");
        second.Output.Should().Be(first.Output);
    }

    [Fact]
    public void Exits_with_2_and_names_the_path_when_the_cache_folder_is_a_file()
    {
        var notAFolder = Path.Combine(_folder, "cache");
        File.WriteAllText(notAFolder, "not a folder");
        using var console = new TestConsole();

        var exitCode = CheckCommand.Run(new CheckSettings(new FileInfo(Path.Combine(Repository.Sample("Shop"), "fitness.json")), Cache: new DirectoryInfo(notAFolder)), console.Console);

        exitCode.Should().Be(2);
        console.Output.Should().Contain(notAFolder).And.Contain("the cache directory is a file").And.NotContain("   at ");
    }

    [Fact]
    public void Exits_with_2_and_names_the_file_when_the_configuration_is_malformed()
    {
        var config = Path.Combine(_folder, "fitness.json");
        File.WriteAllText(config, "{ \"assemblies\": [\"bin/*.dll\"], ");
        using var console = new TestConsole();

        var exitCode = CheckCommand.Run(new FileInfo(config), console.Console);

        exitCode.Should().Be(2);
        console.Output.Should().Contain($"{config}(1,").And.Contain("malformed JSON").And.NotContain("   at ");
    }

    [Fact]
    public void Exits_with_2_when_a_pattern_matches_no_assembly()
    {
        var config = Path.Combine(_folder, "fitness.json");
        File.WriteAllText(config, """{ "assemblies": ["bin/*.dll"], "contexts": [ { "name": "Orders", "assemblies": ["Shop.Orders"] } ] }""");
        using var console = new TestConsole();

        var exitCode = CheckCommand.Run(new FileInfo(config), console.Console);

        exitCode.Should().Be(2);
        console.Output.Should().Contain("matches no .dll or .exe file");
    }

    [Fact]
    public void Exits_with_2_on_a_command_line_it_does_not_understand()
    {
        var (exitCode, _, error) = RunCli("check");

        exitCode.Should().Be(2);
        error.Should().Contain("--config");
    }

    [Fact]
    public void Prints_help_with_examples_and_exits_with_0()
    {
        var (exitCode, output, _) = RunCli("check", "--help");

        exitCode.Should().Be(0);
        output.Should().Contain("check [options]").And.Contain("Examples:").And.Contain("--baseline");
    }

    /// <summary>Runs the built CLI in its own process, as a user would.</summary>
    private static (int ExitCode, string Output, string Error) RunCli(params string[] arguments) => CliProcess.Run(null, arguments);
}
