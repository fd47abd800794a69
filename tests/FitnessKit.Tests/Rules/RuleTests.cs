using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// The three ownership rules on compiled subjects: each fires on its planted violations, stays silent on the compliant
/// twins, and says so in sentences kept as approved snapshots.
/// </summary>
public sealed class RuleTests
{
    private const string Prefix = "FitnessKit.Subjects.Rules";

    private static readonly Lazy<FitnessReport> Report = new(() => Evaluate(null));

    /// <summary>Checks the Rules subjects with the map <see cref="RuleScenarios"/> assumes, with the given rules (every rule when <see langword="null"/>).</summary>
    internal static FitnessReport Evaluate(IEnumerable<IFitnessRule>? rules)
    {
        var map = ContextMap.Define()
            .Context("Ordering", c => c.Assemblies($"{Prefix}.Ordering.**").Contracts($"{Prefix}.Ordering.Contracts"))
            .Context("Shipping", c => c.Assemblies($"{Prefix}.Shipping.**").Contracts($"{Prefix}.Shipping.Contracts"))
            .Context("Billing", c => c.Assemblies($"{Prefix}.Billing.**").Contracts($"{Prefix}.Billing.Contracts").MayUse("Shipping"))
            .Context("Catalog", c => c.Namespaces($"{Prefix}.Monolith.Catalog.**").ContractNamespaces($"{Prefix}.Monolith.Catalog.Contracts.**"))
            .Context("Sales", c => c.Namespaces($"{Prefix}.Monolith.Sales.**").ContractNamespaces($"{Prefix}.Monolith.Sales.Contracts.**"))
            .Build();
        var subjects = Path.Combine(Repository.Root, "artifacts", "subjects");
        // Not FK012 unless asked for: the twin of QuotesFromCatalogInternals asks Catalog's contract for a price, which FK001
        // asks for and FK012 warns about. FK012 has subjects of its own (SynchronousDataCouplingRuleTests).
        return FitnessCheck.Evaluate(AssemblySource.Glob(subjects, $"{Prefix}.*/{Prefix}.*.dll"), map, rules ?? RuleCatalog.All.Where(r => r.Descriptor.Id != "FK012"));
    }

    /// <summary>The ownership rules these subjects plant; the data-ownership rules have the Data subjects (Tables/DataOwnershipRuleTests).</summary>
    public static TheoryData<string> RuleIds() => new(RuleCatalog.Descriptors.Select(d => d.Id).Where(id => id is "FK001" or "FK002" or "FK003"));

    [Fact]
    public void Finds_exactly_the_planted_violations()
    {
        var found = Report.Value.Violations.Select(v => new RuleScenarios.Planted(v.Rule.Id, v.SourceAssembly, v.SourceType, v.SourceMember, v.TargetType ?? (v.SourceType is null ? v.TargetAssembly : null)));

        found.Should().BeEquivalentTo(RuleScenarios.Violations, Report.Value.Describe(Repository.Root));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Each_rule_fires_on_its_planted_violations(string ruleId) =>
        Report.Value.Violations.Should().Contain(v => v.Rule.Id == ruleId);

    [Fact]
    public void Stays_silent_on_every_compliant_twin()
    {
        var sources = Report.Value.Violations.Select(v => v.SourceType).ToHashSet();

        RuleScenarios.CompliantTypes.Should().OnlyContain(t => Report.Value.Model.CodeBase.FindTypes(t).Count == 1, "each twin is compiled");
        RuleScenarios.CompliantTypes.Should().NotContain(t => sources.Contains(t));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Says_each_violation_in_a_sentence_with_its_location_and_fix(string ruleId)
    {
        var text = string.Join(Environment.NewLine + Environment.NewLine, Report.Value.Violations.Where(v => v.Rule.Id == ruleId).Select(v => v.Describe(Repository.Root)));

        Approvals.Verify(text, $"{ruleId}-messages");
    }

    [Fact]
    public void Reads_source_lines_from_an_embedded_PDB()
    {
        var violation = Report.Value.Violations.Single(v => v.SourceAssembly == $"{Prefix}.Monolith");
        var assembly = Report.Value.Model.CodeBase.Assemblies.Single(a => a.Name == $"{Prefix}.Monolith");

        File.Exists(Path.ChangeExtension(assembly.Path, ".pdb")).Should().BeFalse("the Monolith subject embeds its PDB");
        violation.Location.Should().NotBeNull();
        violation.Location!.File.Should().EndWith("QuotesFromCatalogInternals.cs");
    }

    [Fact]
    public void Names_a_file_local_class_as_written_with_its_file_and_line()
    {
        // Given Shipping's file-local LabelWriter, which builds Ordering's Order (Scenarios/FileLocalDomainUse.cs)
        var violation = Report.Value.Violations.Should().ContainSingle(v => v.SourceType == $"{Prefix}.Shipping.FileLocalDomainUse.LabelWriter@FileLocalDomainUse").Subject;

        // Then FK001 names it as the user wrote it, says which file holds it, and points at the line of the use
        violation.Rule.Id.Should().Be("FK001");
        violation.Message.Should().StartWith($"{Prefix}.Shipping.FileLocalDomainUse.LabelWriter.Write (file-local in FileLocalDomainUse.cs) in context Shipping uses {Prefix}.Ordering.Domain.Order (");
        violation.Location!.ToString(Repository.Root).Should().Be($"tests/Subjects/{Prefix}.Shipping/Scenarios/FileLocalDomainUse.cs:14");
    }

    [Fact]
    public void Places_a_member_s_uses_of_a_type_at_the_first_line_that_uses_it()
    {
        // Given Shipping's ReturnLabel.Print, which makes an Ordering Order on one line and asks it for its label on the next
        var violation = Report.Value.Violations.Should().ContainSingle(v => v.SourceType == $"{Prefix}.Shipping.DomainCreatedThenCalled.ReturnLabel").Subject;

        // Then FK001 reports both uses in one finding, placed at the line that makes the Order
        violation.Kinds.Select(k => k.ToString()).Should().Contain(["ObjectCreation", "MethodCall"]);
        violation.Location!.ToString(Repository.Root).Should().Be($"tests/Subjects/{Prefix}.Shipping/Scenarios/DomainCreatedThenCalled.cs:12");
    }

    [Fact]
    public void Places_a_use_held_in_a_local_at_the_line_that_makes_it_not_at_the_method_s_brace()
    {
        // Given Shipping's PackingSlip.Print, which holds an Ordering Order in a local variable (a local has no instruction of its own)
        var violation = Report.Value.Violations.Should().ContainSingle(v => v.SourceType == $"{Prefix}.Shipping.DomainHeldInLocal.PackingSlip").Subject;

        // Then FK001 names the local among the uses, and points at the line that makes the Order
        violation.Kinds.Select(k => k.ToString()).Should().Contain(["LocalVariable", "ObjectCreation"]);
        violation.Location!.ToString(Repository.Root).Should().Be($"tests/Subjects/{Prefix}.Shipping/Scenarios/DomainHeldInLocal.cs:10");
    }

    [Fact]
    public void Offers_only_contract_types_that_are_not_persistence_types_as_the_alternative()
    {
        var alternatives = Report.Value.Violations.Where(v => v.TargetContext == "Ordering").SelectMany(v => v.Allowed).Distinct().ToList();

        alternatives.Should().NotBeEmpty().And.Contain($"{Prefix}.Ordering.Contracts.ContractExposesEntityTwin.OrderDetails")
            .And.NotContain([$"{Prefix}.Ordering.Contracts.ContractExposesEntity.OrderRecord", $"{Prefix}.Ordering.Contracts.ContractExposesEntity.OrderDetails"]);
    }

    [Fact]
    public void Says_which_contexts_may_be_used_when_mayUse_refuses_a_contract()
    {
        var violation = Report.Value.Violations.Single(v => v.SourceAssembly == $"{Prefix}.Billing" && v.Rule.Id == "FK001");

        violation.Message.Should().Contain("a contract of context Ordering, but Billing may use only the contracts of Shipping, not those of Ordering");
    }
}
