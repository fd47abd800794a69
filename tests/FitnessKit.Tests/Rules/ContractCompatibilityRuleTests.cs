using FitnessKit.ContextMapping;
using FitnessKit.Contracts;
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
/// the code), context Shipping uses V2 (FitnessKit.Subjects.Contracts.Consumer), and Billing and Invoicing are code
/// still built against V1 (FitnessKit.Subjects.Contracts.LegacyConsumer): Billing uses members V2 removed or changed,
/// Invoicing the same types through members V2 kept. Breaking changes fail and name the contexts that use the changed
/// member (or, for a change of the type, the type); additive ones are notes; V2 against itself is silent.
/// </summary>
public sealed class ContractCompatibilityRuleTests
{
    private const string Legacy = ContractBuilds.Assembly + ".LegacyConsumer";

    private static readonly Lazy<CodeBase> Current = new(() => CodeBase.Load(AssemblySource.Folder(ContractBuilds.ConsumerFolder, "FitnessKit.Subjects.Contracts*.dll").And(AssemblySource.Files(ContractBuilds.LegacyConsumer))));

    private static ContextMap Map { get; } = ContextMap.Define()
        .Context("Sales", c => c.Assemblies(ContractBuilds.Assembly).Contracts(ContractBuilds.Assembly))
        .Context("Shipping", c => c.Assemblies(ContractBuilds.Assembly + ".Consumer"))
        .Context("Billing", c => c.Namespaces($"{Legacy}.ReadsRemovedProperty", $"{Legacy}.CallsChangedConstructor"))
        .Context("Invoicing", c => c.Namespaces($"{Legacy}.ReadsKeptProperty", $"{Legacy}.ReadsShipmentOnly"))
        .Build();

    private static List<Violation> Check(ApprovedContracts approved, IReadOnlyDictionary<string, Severity>? severities = null) =>
        [.. FitnessCheck.Evaluate(Current.Value, Map.WithApprovedContracts(approved), severities: severities).Violations.Where(v => v.Rule.Id == "FK013")];

    /// <summary>Approves one build of the contract alone, as its owner would before the consumer existed.</summary>
    private static void Approve(string build, string folder) =>
        ContractApproval.Approve(ContextMap.Define().Context("Sales", c => c.Assemblies(ContractBuilds.Assembly).Contracts(ContractBuilds.Assembly)).Build().Resolve(CodeBase.Load(AssemblySource.Files(build))), folder);

    public sealed class Evaluate
    {
        [Fact]
        public void Reports_each_breaking_change_as_an_error_naming_the_contexts_that_use_the_changed_member_or_type()
        {
            // When V2 is compared with the older build V1
            var violations = Check(ApprovedContracts.Build(ContractBuilds.V1));

            // Then each breaking change is an error of context Sales, naming the contexts whose code uses the changed
            // member (Billing's code built against V1), or for a member added to an interface its implementations' context
            var errors = violations.Where(v => v.Severity == Severity.Error).ToList();
            errors.Should().HaveCount(21);
            errors.Should().OnlyContain(v => v.SourceContext == "Sales" && v.SourceAssembly == ContractBuilds.Assembly);
            errors.Where(v => v.Related.Count > 0).Select(v => $"{v.SourceType}.{v.SourceMember}: {string.Join(", ", v.Related)}").Should().BeEquivalentTo(
                "FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto.Note: Billing",
                "FitnessKit.Subjects.Contracts.ConstructorParameterAdded.Shipment.constructor(System.Guid): Billing",
                "FitnessKit.Subjects.Contracts.InterfaceMemberAdded.IPaymentGate.Refund(System.Guid): Shipping");
            errors.Single(v => v.SourceMember == "Note").Message.Should().EndWith($"Contexts that use FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto.Note and can break: Billing ({Legacy}.ReadsRemovedProperty.OrderNotePrinter.Print at ReadsRemovedProperty.cs:8).");
        }

        [Fact]
        public void Does_not_name_a_context_that_uses_the_type_but_not_the_removed_or_changed_member()
        {
            var errors = Check(ApprovedContracts.Build(ContractBuilds.V1)).Where(v => v.Severity == Severity.Error).ToList();

            // Invoicing reads OrderDto.Id and Shipment.OrderId, and Shipping builds Shipments with V2's constructor
            var note = errors.Single(v => v.SourceMember == "Note");
            var constructor = errors.Single(v => v.SourceMember == "constructor(System.Guid)");
            note.Related.Should().Equal("Billing");
            constructor.Related.Should().Equal("Billing");
            constructor.Contract!.Consumers.Should().Equal(new ContractConsumer("Billing", $"{Legacy}.CallsChangedConstructor.ShipmentFactory", "CreateAll", constructor.Contract.Consumers[0].Location));
            Path.GetFileName(constructor.Contract.Consumers[0].Location!.File).Should().Be("CallsChangedConstructor.cs");
        }

        [Fact]
        public void Says_who_uses_the_type_when_no_context_uses_the_changed_member()
        {
            // Given only the consumers of V2 and Invoicing's code, which uses OrderDto but not Note
            var codeBase = CodeBase.Load(AssemblySource.Folder(ContractBuilds.ConsumerFolder, "FitnessKit.Subjects.Contracts*.dll").And(AssemblySource.Files(ContractBuilds.LegacyConsumer)));
            var map = ContextMap.Define()
                .Context("Sales", c => c.Assemblies(ContractBuilds.Assembly).Contracts(ContractBuilds.Assembly))
                .Context("Shipping", c => c.Assemblies(ContractBuilds.Assembly + ".Consumer"))
                .Context("Invoicing", c => c.Namespaces($"{Legacy}.ReadsKeptProperty", $"{Legacy}.ReadsShipmentOnly"))
                .Build();

            var note = FitnessCheck.Evaluate(codeBase, map.WithApprovedContracts(ApprovedContracts.Build(ContractBuilds.V1))).Violations.Single(v => v.Rule.Id == "FK013" && v.SourceMember == "Note");

            // Then the removal names no consumer, and says that Shipping and Invoicing use the type, not the member
            note.Related.Should().BeEmpty();
            note.Contract!.Consumers.Should().BeEmpty();
            note.Message.Should().EndWith("No other context of this code base uses FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto.Note (Shipping and Invoicing use FitnessKit.Subjects.Contracts.PropertyRemoved.OrderDto, not that member); consumers outside it can still break.");
        }

        [Fact]
        public void Gives_each_finding_its_verdict_and_kinds_of_change_as_data()
        {
            var violations = Check(ApprovedContracts.Build(ContractBuilds.V1));

            violations.Should().OnlyContain(v => v.Contract != null);
            violations.Where(v => v.Contract!.Verdict == ContractVerdict.Additive).Should().HaveCount(6).And.OnlyContain(v => v.Severity == Severity.Note);
            violations.Where(v => v.Contract!.Verdict == ContractVerdict.Breaking).Should().HaveCount(21).And.OnlyContain(v => v.Severity == Severity.Error);
            violations.Single(v => v.SourceMember == "Note").Contract!.Changes.Should().Equal(ContractChangeKind.Removed);
            violations.Single(v => v.SourceMember == "constructor(System.Guid)").Contract!.Changes.Should().Equal(ContractChangeKind.ParametersChanged);
            violations.Single(v => v.SourceMember == "Quantity" && v.SourceType!.EndsWith(".StockLevel", StringComparison.Ordinal)).Contract!.Changes.Should().Equal(ContractChangeKind.TypeChanged);
            violations.Single(v => v.SourceMember == "Quantity" && v.SourceType!.EndsWith(".StockMoved", StringComparison.Ordinal)).Contract!.Changes.Should().Equal(ContractChangeKind.SerializationChanged);
            violations.Single(v => v.SourceMember == "Carrier").Contract!.Changes.Should().Equal(ContractChangeKind.Added);
            violations.Single(v => v.SourceType!.EndsWith(".GiftCard", StringComparison.Ordinal)).Contract!.Changes.Should().Equal(ContractChangeKind.Added);
        }

        [Fact]
        public void Reports_additive_changes_as_notes_that_do_not_fail()
        {
            var notes = Check(ApprovedContracts.Build(ContractBuilds.V1)).Where(v => v.Severity == Severity.Note).ToList();

            notes.Select(v => $"{v.SourceType![(ContractBuilds.Assembly.Length + 1)..]}{(v.SourceMember is null ? string.Empty : "." + v.SourceMember)}").Should().BeEquivalentTo(
                "AdditiveChanges.Cart.Add(string, int)", "AdditiveChanges.Cart.Coupon", "AdditiveChanges.Channel.App", "AdditiveChanges.GiftCard", "ConstructorParameterAdded.Shipment.Carrier",
                "SerializedNamesChanged.PaymentCaptured.Reference");
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
            (violation.Contract!.Verdict, violation.Contract.Changes.Count).Should().Be((ContractVerdict.NotApproved, 0));
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
            (violation.Contract!.Verdict, violation.Contract.Changes.Single()).Should().Be((ContractVerdict.Breaking, ContractChangeKind.Removed));
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
