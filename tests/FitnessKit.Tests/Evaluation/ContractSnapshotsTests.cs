using FitnessKit.Baselines;
using FitnessKit.Cli;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.Contracts;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Evaluation;

/// <summary>
/// <see cref="ContractSnapshots"/>, the library's way to FK013 from code: approval writes the files that
/// <c>fitnesskit contracts approve</c> writes (by the same code), only in the folder asked for; comparison returns the
/// breaking changes with their consumers, the additive ones and the contracts not approved, as a value.
/// </summary>
public sealed class ContractSnapshotsTests
{
    public sealed class Approve : IDisposable
    {
        private readonly TemporaryFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Writes_one_snapshot_per_contract_only_inside_the_folder_asked_for()
        {
            // Given a folder that does not exist yet, two levels down
            var folder = Path.Combine(_folder.Path, "tests", "contracts");

            // When the contracts are approved into it
            var approved = ContractSnapshots.Approve(ContractSubject.Current, ContractSubject.Map, folder);

            // Then the snapshot is there, and nothing else was written
            approved.Directory.Should().Be(folder);
            approved.Written.Should().Equal(ContractBuilds.Assembly);
            Directory.GetFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_folder.Path, p).Replace('\\', '/'))
                .Should().BeEquivalentTo("tests", "tests/contracts", "tests/contracts/" + ContractSubject.SnapshotFile);
        }

        [Fact]
        public void Writes_the_same_files_as_the_command_line()
        {
            // Given the contract approved from code, and by `fitnesskit contracts approve` with a fitness.json of the same map
            var fromCode = Path.Combine(_folder.Path, "code");
            ContractSnapshots.Approve(ContractSubject.Current, ContractSubject.Map, fromCode);
            var config = ContractSubject.Configuration(_folder.Path, snapshots: "cli");
            using var console = new TestConsole();
            ContractsCommand.Approve(config, console.Console).Should().Be(0, console.Output);

            // Then the files are the same, byte for byte
            File.ReadAllBytes(Path.Combine(fromCode, ContractSubject.SnapshotFile)).Should().Equal(File.ReadAllBytes(Path.Combine(_folder.Path, "cli", ContractSubject.SnapshotFile)));
        }

        [Fact]
        public void Leaves_an_unchanged_snapshot_alone_and_removes_those_of_contracts_that_are_gone()
        {
            ContractSnapshots.Approve(ContractSubject.Current, ContractSubject.Map, _folder.Path);
            File.WriteAllText(Path.Combine(_folder.Path, "Shop.Legacy.Contracts.contract.txt"), "public sealed class Shop.Legacy.Contracts.Ping\n");

            var again = ContractSnapshots.Approve(ContractSubject.Current, ContractSubject.Map, _folder.Path);

            again.Written.Should().BeEmpty();
            again.Unchanged.Should().Equal(ContractBuilds.Assembly);
            again.Removed.Should().Equal("Shop.Legacy.Contracts");
            again.Describe(Path.GetDirectoryName(_folder.Path)).Should().Be($"Approved 1 contract in {Path.GetFileName(_folder.Path)}: 0 snapshots written, 1 unchanged, 1 snapshot of contracts that are gone removed (Shop.Legacy.Contracts).");
            Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Should().Equal(ContractSubject.SnapshotFile);
        }

        [Fact]
        public void Writes_the_snapshots_committed_for_the_good_shop_byte_for_byte()
        {
            var approved = ContractSnapshots.Approve(ShopSample.Assemblies(ShopSample.Good), ShopSample.Map, _folder.Path);

            var committed = Path.Combine(Repository.Sample(ShopSample.Good), "contracts");
            approved.Written.Should().HaveCount(4);
            foreach (var file in Directory.GetFiles(committed))
            {
                File.ReadAllBytes(Path.Combine(_folder.Path, Path.GetFileName(file))).Should().Equal(File.ReadAllBytes(file), Path.GetFileName(file));
            }
        }

        [Fact]
        public void Refuses_a_map_that_names_no_snapshot_folder_when_none_is_given()
        {
            var approve = () => ContractSnapshots.Approve(ContractSubject.Current, ContractSubject.Map);

            approve.Should().Throw<FitnessKitException>().WithMessage("No folder to write the contract snapshots into: name one, or give the context map one with ApprovedContracts(ApprovedContracts.Snapshots(folder)) (\"contractSnapshots\" in fitness.json).");
        }

        [Fact]
        public void Writes_into_the_folder_the_map_names_when_none_is_given()
        {
            var approved = ContractSnapshots.Approve(ContractSubject.Current, ContractSubject.Map.WithApprovedContracts(ApprovedContracts.Snapshots(_folder.Path)));

            approved.Directory.Should().Be(_folder.Path);
            File.Exists(Path.Combine(_folder.Path, ContractSubject.SnapshotFile)).Should().BeTrue();
        }
    }

    public sealed class Compare : IDisposable
    {
        private readonly TemporaryFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Returns_the_breaking_changes_of_V2_against_V1s_snapshot_with_the_contexts_that_use_them()
        {
            // Given V1's snapshot
            ContractSubject.Approve(ContractBuilds.V1, _folder.Path);

            // When V2 is compared with it
            var contracts = ContractSnapshots.Compare(ContractSubject.Current, ContractSubject.Map, _folder.Path);

            // Then it is not compatible: 21 breaking changes; Shipping, built against V2, implements the interface that
            // gained a member, and uses two changed types but not their changed members; 6 additive ones
            contracts.IsCompatible.Should().BeFalse();
            contracts.Contracts.Should().Equal(ContractBuilds.Assembly);
            contracts.BreakingChanges.Should().HaveCount(21).And.OnlyContain(v => v.Rule == RuleCatalog.ContractCompatibility && v.Severity == Severity.Error);
            contracts.BreakingChanges.Where(v => v.Related.Count > 0).Select(v => $"{v.SourceType}.{v.SourceMember}: {string.Join(", ", v.Related)}").Should().BeEquivalentTo(
                "FitnessKit.Subjects.Contracts.InterfaceMemberAdded.IPaymentGate.Refund(System.Guid): Shipping");
            contracts.BreakingChanges.Where(v => v.Message.Contains("(Shipping uses", StringComparison.Ordinal)).Select(v => $"{v.SourceType}.{v.SourceMember}").Should().BeEquivalentTo(
                "FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto.Note",
                "FitnessKit.Subjects.Contracts.ConstructorParameterAdded.Shipment.constructor(System.Guid)");
            contracts.AdditiveChanges.Should().HaveCount(6).And.OnlyContain(v => v.Severity == Severity.Note);
            contracts.NotApproved.Should().BeEmpty();
            contracts.Report.Rules.Should().Equal(RuleCatalog.ContractCompatibility);
            // The folder is told relative to the repository, which depends on where the repository and the temporary folder are.
            var text = contracts.Describe(Repository.Root).Replace(Path.GetRelativePath(Repository.Root, _folder.Path), "<snapshots>", StringComparison.Ordinal);
            Approvals.Verify(text, "contracts-v2-against-v1");
        }

        [Fact]
        public void Is_silent_when_the_contract_is_what_was_approved()
        {
            ContractSubject.Approve(ContractBuilds.V2, _folder.Path);

            var contracts = ContractSnapshots.Compare(ContractSubject.Current, ContractSubject.Map, _folder.Path);

            contracts.IsCompatible.Should().BeTrue();
            contracts.Report.Violations.Should().BeEmpty();
            contracts.Describe().Should().Be($"Compared 1 contract ({ContractBuilds.Assembly}) with the approved snapshots in {_folder.Path}: 0 breaking changes, 0 additive changes, 0 contracts not approved.{Environment.NewLine}");
        }

        [Fact]
        public void Compares_the_good_shop_with_its_committed_snapshots()
        {
            var contracts = ContractSnapshots.Compare(ShopSample.Assemblies(ShopSample.Good), ShopSample.Map, Path.Combine(Repository.Sample(ShopSample.Good), "contracts"));

            contracts.IsCompatible.Should().BeTrue(contracts.Describe());
            contracts.Contracts.Should().Equal("Shop.Orders.Contracts", "Shop.Shipping.Contracts", "Shop.Billing.Contracts", "Shop.Customers.Contracts");
        }

        [Fact]
        public void Says_that_a_missing_snapshot_folder_approves_nothing()
        {
            var missing = Path.Combine(_folder.Path, "contracts");

            var contracts = ContractSnapshots.Compare(ContractSubject.Current, ContractSubject.Map, missing);

            contracts.IsCompatible.Should().BeFalse();
            contracts.NotApproved.Should().ContainSingle().Which.Message.Should().StartWith($"Contract {ContractBuilds.Assembly} of context Sales has no approved snapshot");
            contracts.Describe().Should().Contain($"The snapshot folder {missing} does not exist, so no contract has been approved yet.");
            Directory.Exists(missing).Should().BeFalse("comparing never writes");
        }

        [Fact]
        public void Names_the_file_and_line_of_a_snapshot_that_cannot_be_read()
        {
            var file = Path.Combine(_folder.Path, ContractSubject.SnapshotFile);
            File.WriteAllText(file, "public sealed class FitnessKit.Subjects.Contracts.Ping\n  this is not a declaration\n");

            var compare = () => ContractSnapshots.Compare(ContractSubject.Current, ContractSubject.Map, _folder.Path);

            compare.Should().Throw<FitnessKitException>().WithMessage($"{file}(2): this line of the contract snapshot cannot be read: *");
        }

        [Fact]
        public void Compares_with_what_the_map_approves_when_no_folder_is_given()
        {
            var contracts = ContractSnapshots.Compare(ContractSubject.Current, ContractSubject.Map.WithApprovedContracts(ApprovedContracts.Build(ContractBuilds.V1)));

            contracts.BreakingChanges.Should().HaveCount(21);
            contracts.Describe().Should().StartWith($"Compared 1 contract ({ContractBuilds.Assembly}) with the build in {ContractBuilds.V1}: 21 breaking changes, 6 additive changes, 0 contracts not approved.");
        }

        [Fact]
        public void Refuses_a_map_that_approves_nothing_when_no_folder_is_given()
        {
            var compare = () => ContractSnapshots.Compare(ContractSubject.Current, ContractSubject.Map);

            compare.Should().Throw<FitnessKitException>().WithMessage("No approved contracts to compare with: *");
        }
    }

    public sealed class Of_a_report : IDisposable
    {
        private readonly TemporaryFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Keeps_breaking_changes_breaking_when_the_rule_is_turned_down_to_a_warning()
        {
            var report = FitnessCheck.Evaluate(ContractSubject.Current, ContractSubject.Map.WithApprovedContracts(ApprovedContracts.Build(ContractBuilds.V1)), severities: new Dictionary<string, Severity> { ["FK013"] = Severity.Warning });

            var contracts = ContractCompatibilityReport.Of(report);

            contracts.BreakingChanges.Should().HaveCount(21).And.OnlyContain(v => v.Severity == Severity.Warning);
            contracts.IsCompatible.Should().BeFalse();
        }

        [Fact]
        public void Leaves_out_the_changes_a_baseline_accepts()
        {
            var report = FitnessCheck.Evaluate(ContractSubject.Current, ContractSubject.Map.WithApprovedContracts(ApprovedContracts.Build(ContractBuilds.V1)));

            var contracts = ContractCompatibilityReport.Of(report.Against(Baseline.Of(report.Violations)));

            contracts.BreakingChanges.Should().BeEmpty();
            contracts.IsCompatible.Should().BeTrue();
            contracts.Describe().Should().Contain("known (not failing), 0 new");
        }

        [Fact]
        public void Refuses_a_report_whose_map_approves_no_contracts()
        {
            var of = () => ContractCompatibilityReport.Of(FitnessCheck.Evaluate(ContractSubject.Current, ContractSubject.Map, [RuleCatalog.Get("FK013")]));

            of.Should().Throw<FitnessKitException>().WithMessage("The report compared no contracts: its context map approves none.*");
        }

        [Fact]
        public void Refuses_a_report_that_did_not_evaluate_FK013()
        {
            var of = () => ContractCompatibilityReport.Of(FitnessCheck.Evaluate(ContractSubject.Current, ContractSubject.Map.WithApprovedContracts(ApprovedContracts.Build(ContractBuilds.V1)), [RuleCatalog.Get("FK001")]));

            of.Should().Throw<FitnessKitException>().WithMessage("The report compared no contracts: FK013 (ContractCompatibility) was not among its rules (FK001).");
        }

        [Fact]
        public void Refuses_a_map_that_declares_no_contract()
        {
            var map = FitnessKit.ContextMapping.ContextMap.Define().Context("Sales", c => c.Assemblies(ContractBuilds.Assembly)).Build().WithApprovedContracts(ApprovedContracts.Snapshots(_folder.Path));

            var of = () => ContractCompatibilityReport.Of(FitnessCheck.Evaluate(ContractSubject.Current, map, [RuleCatalog.Get("FK013")]));

            of.Should().Throw<FitnessKitException>().WithMessage("The report compared no contracts: the context map declares none.*");
        }
    }
}
