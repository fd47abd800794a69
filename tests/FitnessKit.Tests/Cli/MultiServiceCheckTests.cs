using FitnessKit.Cli;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary>
/// <c>fitnesskit check</c> with the assemblies pointed at every service's build output (FitnessKit.Subjects.Services.*):
/// each service copies the shared EventBus and its own Dapper, with satellite assemblies beside. The check is clean,
/// and says what it skipped and read in a few summary lines, not a wall of them.
/// </summary>
public sealed class MultiServiceCheckTests : IDisposable
{
    private const string Prefix = "FitnessKit.Subjects.Services";
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void Checks_clean_with_one_summary_line_for_what_it_skipped_and_read()
    {
        var (exitCode, output) = Check(verbose: false);

        exitCode.Should().Be(ExitCodes.Clean, output);
        Approvals.Verify(output.Replace(Repository.Root, "<repo>", StringComparison.Ordinal), "check-multi-service");
    }

    [Fact]
    public void Lists_every_skipped_file_with_its_reason_under_verbose()
    {
        var (_, output) = Check(verbose: true);

        output.Should().Contain($"Skipped {Path.Combine("artifacts", "subjects", $"{Prefix}.Basket", "Dapper.dll")}: another build of third-party Dapper 2.1.66")
            .And.Contain($"{Prefix}.Ordering.resources: no code to inspect)")
            .And.NotContain("Skipped 6 files");
    }

    public void Dispose() => _folder.Dispose();

    private (int ExitCode, string Output) Check(bool verbose)
    {
        var config = Path.Combine(_folder.Path, "fitness.json");
        File.WriteAllText(config, $$"""
            {
              "assemblies": ["{{Path.Combine(Repository.Root, "artifacts", "subjects").Replace('\\', '/')}}/{{Prefix}}.*/**/*.dll"],
              "sharedKernel": { "assemblies": ["{{Prefix}}.EventBus"] },
              "contexts": [
                { "name": "Ordering", "assemblies": ["{{Prefix}}.Ordering"], "tables": ["ordering.*"] },
                { "name": "Basket", "assemblies": ["{{Prefix}}.Basket"], "tables": ["basket.*"] }
              ]
            }
            """);
        using var console = new TestConsole();
        using (WorkingDirectory.Use(Repository.Root))
        {
            return (CheckCommand.Run(new CheckSettings(new FileInfo(config), Verbose: verbose), console.Console), console.Output);
        }
    }
}
