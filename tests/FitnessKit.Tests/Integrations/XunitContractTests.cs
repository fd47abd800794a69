using FitnessKit.Tests.Contracts;
using FitnessKit.Tests.TestSupport;
using FitnessKit.Xunit;
using FluentAssertions;
using Xunit;
using Xunit.Sdk;

namespace FitnessKit.Tests.Integrations;

/// <summary>
/// <c>FitnessAssert.ContractsCompatible</c>: fails naming each breaking change and its consumers, lists additive changes
/// in the test output, and writes snapshots with <c>FITNESSKIT_APPROVE_CONTRACTS=1</c>, only in the folder it was given,
/// never otherwise. The settings are passed to <see cref="ContractGate"/> directly, since the process environment is shared.
/// </summary>
public sealed class XunitContractTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Snapshots => Path.Combine(_folder.Path, "contracts");

    private static Func<string, string?> Environment(params (string Name, string Value)[] settings) =>
        name => settings.Where(s => s.Name == name).Select(s => s.Value).FirstOrDefault();

    private void Enforce(RecordingOutput? output = null, Func<string, string?>? environment = null) =>
        ContractGate.Enforce(ContractSubject.Current, ContractSubject.Map, Snapshots, output, environment ?? Environment());

    [Fact]
    public void Fails_on_V2_against_V1s_snapshot_naming_each_breaking_change_and_the_contexts_that_use_it()
    {
        // Given V1's snapshot, and V2 in the code
        ContractSubject.Approve(ContractBuilds.V1, Snapshots);
        var output = new RecordingOutput();

        var act = () => Enforce(output);

        // Then the test fails; the message names each change and Shipping where it uses the type or member, and says how to approve
        var failure = act.Should().Throw<FitnessAssertException>().Which;
        failure.Should().BeAssignableTo<XunitException>("xUnit shows its message as the test's failure");
        failure.Message.Should().Contain("21 breaking changes, 6 additive changes, 0 contracts not approved.")
            .And.Contain("FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto.Note was removed or renamed")
            .And.Contain("No other context of this code base uses FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto.Note (Shipping uses FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto, not that member); consumers outside it can still break.")
            .And.Contain("run this test once with FITNESSKIT_APPROVE_CONTRACTS=1");
        failure.Message.Should().StartWith("FitnessAssert.ContractsCompatible() Failure").And.EndWith(output.Text.TrimEnd('\n', '\r') + System.Environment.NewLine, "the test output holds the same text, additive changes included");
        Approvals.Verify(Portable(failure.Message), "xunit-contracts-compatible-failure");
    }

    [Fact]
    public void Passes_on_an_unchanged_contract_and_writes_what_it_compared()
    {
        ContractSubject.Approve(ContractBuilds.V2, Snapshots);
        var output = new RecordingOutput();

        Enforce(output);

        output.Text.Should().StartWith($"Compared 1 contract ({ContractBuilds.Assembly}) with the approved snapshots in {Snapshots}: 0 breaking changes, 0 additive changes, 0 contracts not approved.");
    }

    [Fact]
    public void Passes_on_additive_changes_and_lists_them_in_the_test_output()
    {
        // Given V2's snapshot without the record GiftCard, which V2 has: an added type
        ContractSubject.Approve(ContractBuilds.V2, Snapshots);
        var file = Path.Combine(Snapshots, ContractSubject.SnapshotFile);
        var lines = File.ReadAllLines(file).ToList();
        var start = lines.FindIndex(l => l.Contains(".AdditiveChanges.GiftCard", StringComparison.Ordinal) && !l.StartsWith(' '));
        var end = lines.FindIndex(start + 1, l => !l.StartsWith(' '));
        lines.RemoveRange(start, (end < 0 ? lines.Count : end) - start);
        File.WriteAllText(file, string.Join("\n", lines) + "\n");
        var output = new RecordingOutput();

        Enforce(output);

        output.Text.Should().Contain("0 breaking changes, 1 additive change, 0 contracts not approved.")
            .And.Contain("Additive changes, which break no consumer (1):")
            .And.Contain("FitnessKit.Subjects.Contracts.AdditiveChanges.GiftCard was added (record class)");
    }

    [Fact]
    public void Writes_the_snapshots_with_FITNESSKIT_APPROVE_CONTRACTS_only_inside_the_folder_it_was_given_and_passes()
    {
        // Given V1's snapshot, and V2 in the code
        ContractSubject.Approve(ContractBuilds.V1, Snapshots);
        var output = new RecordingOutput();

        // When the test runs with the variable set
        Enforce(output, Environment(("FITNESSKIT_APPROVE_CONTRACTS", "1")));

        // Then V2's snapshot replaced V1's, nothing else was written, and the output says so
        using var expected = new TemporaryFolder();
        ContractSubject.Approve(ContractBuilds.V2, expected.Path);
        File.ReadAllBytes(Path.Combine(Snapshots, ContractSubject.SnapshotFile)).Should().Equal(File.ReadAllBytes(Path.Combine(expected.Path, ContractSubject.SnapshotFile)));
        Directory.GetFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_folder.Path, p).Replace('\\', '/'))
            .Should().BeEquivalentTo("contracts", "contracts/" + ContractSubject.SnapshotFile);
        output.Text.Should().StartWith($"Approved 1 contract in {Snapshots}: 1 snapshot written ({ContractBuilds.Assembly}), 0 unchanged, 0 snapshots of contracts that are gone removed.")
            .And.Contain("0 breaking changes, 0 additive changes, 0 contracts not approved.");
    }

    [Fact]
    public void Approves_over_a_snapshot_that_cannot_be_read()
    {
        Directory.CreateDirectory(Snapshots);
        File.WriteAllText(Path.Combine(Snapshots, ContractSubject.SnapshotFile), "not a declaration\n");

        var act = () => Enforce(environment: Environment(("FITNESSKIT_APPROVE_CONTRACTS", "true")));

        act.Should().NotThrow();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("false")]
    [InlineData("yes")]
    public void Never_writes_a_snapshot_without_the_variable_set_to_1_or_true(string? value)
    {
        // Given V1's snapshot
        ContractSubject.Approve(ContractBuilds.V1, Snapshots);
        var before = File.ReadAllBytes(Path.Combine(Snapshots, ContractSubject.SnapshotFile));

        var act = () => Enforce(environment: value is null ? Environment() : Environment(("FITNESSKIT_APPROVE_CONTRACTS", value)));

        act.Should().Throw<FitnessAssertException>();
        File.ReadAllBytes(Path.Combine(Snapshots, ContractSubject.SnapshotFile)).Should().Equal(before);
    }

    [Fact]
    public void Fails_with_a_clear_message_when_the_snapshot_folder_is_missing_and_does_not_create_it()
    {
        var act = () => Enforce();

        act.Should().Throw<FitnessAssertException>().Which.Message.Should()
            .Contain($"The snapshot folder {Snapshots} does not exist, so no contract has been approved yet.")
            .And.Contain($"Contract {ContractBuilds.Assembly} of context Sales has no approved snapshot")
            .And.Contain($"Approve the contracts: run this test once with FITNESSKIT_APPROVE_CONTRACTS=1 (or `fitnesskit contracts approve`), which writes their snapshots into {Snapshots}, and commit them.");
        Directory.Exists(Snapshots).Should().BeFalse();
    }

    [Fact]
    public void Names_the_file_and_line_of_a_snapshot_that_cannot_be_read()
    {
        Directory.CreateDirectory(Snapshots);
        var file = Path.Combine(Snapshots, ContractSubject.SnapshotFile);
        File.WriteAllText(file, "not a declaration\n");

        var act = () => Enforce();

        act.Should().Throw<FitnessKitException>().WithMessage($"{file}(1): this line of the contract snapshot cannot be read: *");
    }

    [Fact]
    public void Writes_the_reports_that_FITNESSKIT_REPORT_DIR_asks_for_into_a_folder_of_FK013()
    {
        ContractSubject.Approve(ContractBuilds.V1, Snapshots);
        var reports = Path.Combine(_folder.Path, "reports");

        var act = () => Enforce(environment: Environment(("FITNESSKIT_REPORT_DIR", reports), ("FITNESSKIT_REPORT_FORMATS", "json,sarif")));

        act.Should().Throw<FitnessAssertException>().Which.Message.Should().Contain("Reports: ");
        Directory.GetFiles(Path.Combine(reports, "FK013")).Select(Path.GetFileName).Should().BeEquivalentTo("fitness-report.json", "fitness-report.sarif");
        File.ReadAllText(Path.Combine(reports, "FK013", "fitness-report.json")).Should().Contain("OrderDto");
    }

    [Fact]
    public void The_public_assertion_passes_on_an_approved_contract_in_an_absolute_folder()
    {
        ContractSubject.Approve(ContractBuilds.V2, Snapshots);

        var act = () => FitnessAssert.ContractsCompatible(ContractSubject.Current, ContractSubject.Map, Snapshots);

        act.Should().NotThrow();
    }

    public sealed class A_relative_snapshot_folder
    {
        [Fact]
        public void Is_relative_to_the_folder_of_the_tests_source_file()
        {
            var testFile = ThisFile();

            FitnessAssert.SnapshotFolder("../Snapshots/contracts", testFile).Should().Be(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, "..", "Snapshots", "contracts")));
        }

        [Fact]
        public void Leaves_an_absolute_folder_and_none_as_they_are()
        {
            FitnessAssert.SnapshotFolder(Repository.Root, ThisFile()).Should().Be(Repository.Root);
            FitnessAssert.SnapshotFolder(null, ThisFile()).Should().BeNull();
        }

        [Fact]
        public void Is_refused_when_the_source_file_is_not_on_this_machine()
        {
            var resolve = () => FitnessAssert.SnapshotFolder("contracts", "/_/tests/ArchitectureTests.cs");

            resolve.Should().Throw<FitnessKitException>().WithMessage("The snapshot folder \"contracts\" is relative to the test's source folder, but the test's source file (/_/tests/ArchitectureTests.cs) is not on this machine, as in a build that maps source paths; give an absolute folder.");
        }

        private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string file = "") => file;
    }

    private string Portable(string message) =>
        ShopSample.Portable(message.Replace(Snapshots, "<snapshots>", StringComparison.Ordinal));
}
