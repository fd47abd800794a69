using FitnessKit.Cli;
using FitnessKit.Tests.Contracts;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary><c>fitnesskit contracts approve</c> and <c>check --contracts-against</c> (a build, or a package version from the local packages folder): snapshots written only into the configured folder, and bad input as exit code 2.</summary>
public sealed class ContractsCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Writes a fitness.json for the contract subject (Sales owns V2, Shipping consumes it) whose snapshot folder is <c>contracts</c> beside it.</summary>
    private FileInfo Config(string snapshots = "contracts") => ContractSubject.Configuration(_folder.Path, snapshots);

    [Fact]
    public void Approve_writes_one_snapshot_per_contract_into_the_configured_folder_only_and_check_then_passes()
    {
        var config = Config();
        using var approve = new TestConsole();
        using var check = new TestConsole();

        var approved = ContractsCommand.Approve(config, approve.Console);
        var checkedExit = CheckCommand.Run(config, check.Console);

        approved.Should().Be(0, approve.Output);
        approve.Output.Should().Contain("Approved 1 contract in ").And.Contain("1 snapshot written (FitnessKit.Subjects.Contracts)");
        Directory.GetFileSystemEntries(_folder.Path).Select(Path.GetFileName).Should().BeEquivalentTo("fitness.json", "contracts");
        Directory.GetFiles(Path.Combine(_folder.Path, "contracts")).Select(Path.GetFileName).Should().Equal("FitnessKit.Subjects.Contracts.contract.txt");
        checkedExit.Should().Be(0, check.Output);
        check.Output.Should().Contain("Contracts (FK013), compared with the approved snapshots in ").And.Contain(": 0 breaking changes, 0 additive changes, 0 contracts not approved.");
    }

    [Fact]
    public void Check_against_the_older_build_fails_on_its_breaking_changes()
    {
        using var console = new TestConsole();

        var exitCode = CheckCommand.Run(new CheckSettings(Config(), ContractsAgainst: ContractBuilds.V1), console.Console);

        exitCode.Should().Be(1, console.Output);
        console.Output.Should().Contain("21 breaking changes, 6 additive changes, 0 contracts not approved.")
            .And.Contain("FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto.Note was removed or renamed");
    }

    [Fact]
    public void Check_against_a_package_version_in_the_local_packages_folder_fails_on_its_breaking_changes()
    {
        // Given V1 as version 1.0.0 of a package in a NuGet packages folder laid out as restore writes it
        // (<id in lower case>/<version>/lib/<framework>/), which NUGET_PACKAGES names for the CLI's process only
        var packages = Path.Combine(_folder.Path, "packages");
        var lib = Directory.CreateDirectory(Path.Combine(packages, "fitnesskit.subjects.contracts", "1.0.0", "lib", "net10.0")).FullName;
        File.Copy(ContractBuilds.V1, Path.Combine(lib, ContractBuilds.Assembly + ".dll"));

        // When the check compares V2 with it
        var (exitCode, output, error) = CliProcess.Run(
            new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages },
            "check", "--config", Config().FullName, "--contracts-against", "nuget:FitnessKit.Subjects.Contracts@1.0.0");

        // Then it reads that version's assembly, and finds V2's breaking and additive changes as against the build
        exitCode.Should().Be(1, output + error);
        output.Should().Contain($"Contracts (FK013), compared with package FitnessKit.Subjects.Contracts 1.0.0 ({lib}): 21 breaking changes, 6 additive changes, 0 contracts not approved.")
            .And.Contain("FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto.Note was removed or renamed (contract FitnessKit.Subjects.Contracts of context Sales, compared with the older build): a breaking change.");
    }

    [Theory]
    [InlineData("missing.dll", "missing.dll: no such file or folder to compare the contracts with.")]
    [InlineData("nuget:FitnessKit.No.Such.Package@1.0.0", "Package FitnessKit.No.Such.Package: not in the NuGet packages folder")]
    [InlineData("nuget:FitnessKit.No.Such.Package", "--contracts-against nuget:FitnessKit.No.Such.Package: name a package and its version as nuget:Id@Version")]
    public void Check_against_something_that_is_not_there_exits_with_2_naming_it(string against, string expected)
    {
        using var console = new TestConsole();
        var exitCode = 0;
        using (WorkingDirectory.Use(_folder.Path))
        {
            exitCode = CheckCommand.Run(new CheckSettings(Config(), ContractsAgainst: against), console.Console);
        }

        exitCode.Should().Be(2, console.Output);
        console.Output.Should().Contain(expected);
    }

    [Fact]
    public void Approve_without_a_snapshot_folder_in_the_configuration_exits_with_2()
    {
        var path = Path.Combine(_folder.Path, "plain.json");
        File.WriteAllText(path, File.ReadAllText(Config().FullName).Replace("\"contractSnapshots\": \"contracts\",", string.Empty, StringComparison.Ordinal));
        using var console = new TestConsole();

        ContractsCommand.Approve(new FileInfo(path), console.Console).Should().Be(2);
        console.Output.Should().Contain("no \"contractSnapshots\" folder to write the snapshots into");
    }
}
