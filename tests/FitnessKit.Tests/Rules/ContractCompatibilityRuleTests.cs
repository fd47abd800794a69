using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Rules.ContractCompatibility;
using FitnessKit.Tests.Contracts;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// FK013 on two builds of one contract assembly: context Sales owns FitnessKit.Subjects.Contracts (V1 approved, V2 in
/// the code), context Shipping uses V2 (FitnessKit.Subjects.Contracts.Consumer). Breaking changes fail and name
/// Shipping where it uses the changed type; additive ones are notes; V2 against itself is silent.
/// </summary>
public sealed class ContractCompatibilityRuleTests
{
    private static readonly Lazy<CodeBase> Current = new(() => CodeBase.Load(AssemblySource.Folder(ContractBuilds.ConsumerFolder, "FitnessKit.Subjects.Contracts*.dll")));

    private static ContextMap Map { get; } = ContextMap.Define()
        .Context("Sales", c => c.Assemblies(ContractBuilds.Assembly).Contracts(ContractBuilds.Assembly))
        .Context("Shipping", c => c.Assemblies(ContractBuilds.Assembly + ".Consumer"))
        .Build();

    private static List<Violation> Check(ApprovedContracts approved, IReadOnlyDictionary<string, Severity>? severities = null) =>
        [.. FitnessCheck.Evaluate(Current.Value, Map.WithApprovedContracts(approved), severities: severities).Violations.Where(v => v.Rule.Id == "FK013")];

    /// <summary>Approves one build of the contract alone, as its owner would before the consumer existed.</summary>
    private static void Approve(string build, string folder) =>
        ContractApproval.Approve(ContextMap.Define().Context("Sales", c => c.Assemblies(ContractBuilds.Assembly).Contracts(ContractBuilds.Assembly)).Build().Resolve(CodeBase.Load(AssemblySource.Files(build))), folder);

    public sealed class Evaluate
    {
        [Fact]
        public void Reports_each_breaking_change_as_an_error_naming_the_contexts_that_use_the_changed_type()
        {
            // When V2 is compared with the older build V1
            var violations = Check(ApprovedContracts.Build(ContractBuilds.V1));

            // Then each breaking change is an error of context Sales, and Shipping is named where it uses the type
            var errors = violations.Where(v => v.Severity == Severity.Error).ToList();
            errors.Should().HaveCount(16);
            errors.Should().OnlyContain(v => v.SourceContext == "Sales" && v.SourceAssembly == ContractBuilds.Assembly);
            errors.Where(v => v.Related.Count > 0).Select(v => $"{v.SourceType}.{v.SourceMember}: {string.Join(", ", v.Related)}").Should().BeEquivalentTo(
                "FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto.Note: Shipping",
                "FitnessKit.Subjects.Contracts.ConstructorParameterAdded.Shipment.constructor(System.Guid): Shipping",
                "FitnessKit.Subjects.Contracts.InterfaceMemberAdded.IPaymentGate.Refund(System.Guid): Shipping");
            errors.Single(v => v.SourceMember == "Note").Message.Should().EndWith("Contexts that use FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto and can break: Shipping (FitnessKit.Subjects.Contracts.Consumer.OrderImport).");
        }

        [Fact]
        public void Reports_additive_changes_as_notes_that_do_not_fail()
        {
            var notes = Check(ApprovedContracts.Build(ContractBuilds.V1)).Where(v => v.Severity == Severity.Note).ToList();

            notes.Select(v => $"{v.SourceType![(ContractBuilds.Assembly.Length + 1)..]}{(v.SourceMember is null ? string.Empty : "." + v.SourceMember)}").Should().BeEquivalentTo(
                "AdditiveChanges.Cart.Add(string, int)", "AdditiveChanges.Cart.Coupon", "AdditiveChanges.Channel.App", "AdditiveChanges.GiftCard", "ConstructorParameterAdded.Shipment.Carrier");
        }

        [Fact]
        public void Finds_the_same_changes_in_approved_snapshots_as_in_the_older_build()
        {
            // Given V1's snapshot, approved into a folder
            using var folder = new TemporaryFolder();
            Approve(ContractBuilds.V1, folder.Path);
            File.ReadAllText(Path.Combine(folder.Path, ContractBuilds.Assembly + ".contract.txt")).Should().Contain("public string? Note { get; init; }");

            // When V2 is compared with it, then the changes are those of the build comparison
            static IEnumerable<string> Changes(IEnumerable<Violation> violations) => violations.Select(v => $"{v.Severity} {v.SourceType}.{v.SourceMember} {string.Join(",", v.Related)}");
            Changes(Check(ApprovedContracts.Snapshots(folder.Path))).Should().Equal(Changes(Check(ApprovedContracts.Build(ContractBuilds.V1))));
        }

        [Fact]
        public void Stays_silent_when_the_contract_is_what_was_approved()
        {
            // Given V2's own snapshot
            using var folder = new TemporaryFolder();
            Approve(ContractBuilds.V2, folder.Path);

            // Then V2 is compatible with it: no change, and none against the V2 build either
            Check(ApprovedContracts.Snapshots(folder.Path)).Should().BeEmpty();
            Check(ApprovedContracts.Build(ContractBuilds.V2)).Should().BeEmpty();
        }

        [Fact]
        public void Checks_nothing_when_the_map_approves_no_contracts()
        {
            FitnessCheck.Evaluate(Current.Value, Map).Violations.Should().NotContain(v => v.Rule.Id == "FK013");
        }

        [Fact]
        public void Warns_about_a_contract_that_has_no_approved_snapshot_yet()
        {
            // Given a snapshot folder that does not exist yet
            using var folder = new TemporaryFolder();

            var violation = Check(ApprovedContracts.Snapshots(Path.Combine(folder.Path, "contracts"))).Should().ContainSingle().Subject;

            violation.Severity.Should().Be(Severity.Warning);
            violation.Message.Should().Be("Contract FitnessKit.Subjects.Contracts of context Sales has no approved snapshot (FitnessKit.Subjects.Contracts.contract.txt), so FK013 cannot tell whether a change breaks its consumers.");
            violation.Fix.Should().Be("Run `fitnesskit contracts approve` and commit FitnessKit.Subjects.Contracts.contract.txt.");
        }

        [Fact]
        public void Reports_a_contract_that_was_approved_and_is_gone()
        {
            // Given V2's snapshot and one of a contract the code no longer has
            using var folder = new TemporaryFolder();
            Approve(ContractBuilds.V2, folder.Path);
            File.WriteAllText(Path.Combine(folder.Path, "Shop.Legacy.Contracts.contract.txt"), "public sealed class Shop.Legacy.Contracts.Ping\n");

            var violation = Check(ApprovedContracts.Snapshots(folder.Path)).Should().ContainSingle().Subject;

            violation.Severity.Should().Be(Severity.Error);
            violation.SourceAssembly.Should().Be("Shop.Legacy.Contracts");
            violation.Message.Should().StartWith("Contract Shop.Legacy.Contracts was approved, but no context has it any more");
        }

        [Fact]
        public void Refuses_a_snapshot_folder_that_matches_no_contract()
        {
            using var folder = new TemporaryFolder();
            File.WriteAllText(Path.Combine(folder.Path, "Shop.Orders.Contracts.contract.txt"), "public sealed class Shop.Orders.Contracts.OrderPlaced\n");

            var check = () => Check(ApprovedContracts.Snapshots(folder.Path));

            check.Should().Throw<FitnessKitException>().WithMessage($"{folder.Path}: the contract snapshots there (Shop.Orders.Contracts) match no contract of the context map (FitnessKit.Subjects.Contracts)*");
        }

        [Fact]
        public void Keeps_additive_changes_as_notes_when_the_rule_is_turned_down_to_a_warning()
        {
            var violations = Check(ApprovedContracts.Build(ContractBuilds.V1), new Dictionary<string, Severity> { ["FK013"] = Severity.Warning });

            violations.Select(v => v.Severity).Distinct().Should().BeEquivalentTo([Severity.Warning, Severity.Note]);
        }

        [Fact]
        public void Says_each_violation_in_a_sentence_with_its_location_and_fix()
        {
            var text = string.Join(Environment.NewLine + Environment.NewLine, Check(ApprovedContracts.Build(ContractBuilds.V1)).Select(v => v.Describe(Repository.Root)));

            Approvals.Verify(text, "FK013-messages");
        }
    }
}
