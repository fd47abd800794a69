using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// FK010 and FK011 on the compiled scenarios of FitnessKit.Subjects.Contracts (<see cref="ContractScenarios"/>): each
/// scenario's one planted violation, nothing on its twin; and FK011's framework chains on the Purity subjects, a
/// contract assembly each.
/// </summary>
public sealed class ContractRulesTests
{
    private static readonly Lazy<CodeBase> Code = new(() => CodeBase.Load(AssemblySource.Files(Repository.Subject(ContractScenarios.Assembly))));

    public static TheoryData<string> Scenarios() => new(ContractScenarios.All.Select(s => s.Name));

    private static ContractScenarios.Scenario Named(string name) => ContractScenarios.All.Single(s => s.Name == name);

    private static FitnessReport Check(string ns, IEnumerable<IFitnessRule>? rules = null) =>
        FitnessCheck.Evaluate(Code.Value, ContractScenarios.Map(Code.Value, ns), rules);

    private static IEnumerable<FitnessKit.Rules.Violation> ContractViolations(FitnessReport report) =>
        report.Violations.Where(v => v.Rule.Id is "FK010" or "FK011");

    public sealed class Scenarios_and_twins
    {
        [Theory]
        [MemberData(nameof(Scenarios), MemberType = typeof(ContractRulesTests))]
        public void Reports_the_one_planted_violation_of_each_scenario(string name)
        {
            // Given a scenario that plants one breach of a contract
            var scenario = Named(name);

            // When every rule is checked
            var found = ContractViolations(Check(scenario.Namespace)).ToList();

            // Then FK010 or FK011 reports exactly it, with its source type, member and target
            found.Select(v => (v.Rule.Id, new ContractScenarios.Finding(
                    v.SourceType![(scenario.Namespace.Length + 1)..],
                    v.SourceMember,
                    v.TargetType is { } type ? type[(scenario.Namespace.Length + 1)..] : v.TargetAssembly)))
                .Should().Equal((scenario.Rule, scenario.Expected));
        }

        [Theory]
        [MemberData(nameof(Scenarios), MemberType = typeof(ContractRulesTests))]
        public void Stays_silent_on_the_compliant_twin(string name)
        {
            var scenario = Named(name);

            var report = Check(scenario.TwinNamespace);

            report.Model.Contexts.Should().Contain(c => c.ContractTypes.Count > 0, "the twin has contracts to judge");
            ContractViolations(report).Should().BeEmpty();
            report.Violations.Should().NotContain(v => v.Rule.Id == "FK001" || v.Rule.Id == "FK003");
        }

        [Fact]
        public void Says_each_violation_in_a_sentence_with_its_location_and_fix()
        {
            foreach (var rule in new[] { "FK010", "FK011" })
            {
                var text = string.Join(
                    Environment.NewLine + Environment.NewLine,
                    ContractScenarios.All.Where(s => s.Rule == rule).SelectMany(s => ContractViolations(Check(s.Namespace))).Select(v => v.Describe(Repository.Root)));

                Approvals.Verify(text, $"{rule}-messages");
            }
        }
    }

    public sealed class Rule_ownership
    {
        [Fact]
        public void Leaves_another_contexts_internal_type_in_a_contract_to_FK010_when_both_run()
        {
            var ns = Named("ForeignContextLeak").Namespace;

            Check(ns).Violations.Should().NotContain(v => v.Rule.Id == "FK001");
            Check(ns, [RuleCatalog.Get("FK001")]).Violations.Should().NotBeEmpty()
                .And.OnlyContain(v => v.TargetType == $"{ns}.Billing.Domain.Invoice", "FK001 alone still reports each use of Billing's internals");
        }

        [Fact]
        public void Leaves_a_public_entity_in_a_contract_to_FK003_when_both_run()
        {
            // Given the Rules subjects, whose Ordering contract assembly holds a public mapped entity (ContractExposesEntity.cs)
            const string entity = "FitnessKit.Subjects.Rules.Ordering.Contracts.ContractExposesEntity.OrderRecord";

            // Then FK003 reports it and FK011 does not; FK011 alone does
            RuleTests.Evaluate(null).Violations.Should().Contain(v => v.Rule.Id == "FK003" && v.SourceType == entity)
                .And.NotContain(v => v.Rule.Id == "FK011" && v.SourceType == entity);
            RuleTests.Evaluate([RuleCatalog.Get("FK011")]).Violations.Should().ContainSingle(v => v.SourceType == entity);
        }

        [Fact]
        public void Leaves_a_public_persistence_type_carried_by_a_contract_to_FK003_and_reports_an_internal_one()
        {
            var ns = Named("EntityInContract").Namespace;

            var alone = Check(ns, [RuleCatalog.Get("FK011")]);

            alone.Violations.Should().ContainSingle(v => v.SourceType == $"{ns}.Orders.Contracts.OrderRow");
            Check(ns).Violations.Should().NotContain(v => v.Rule.Id == "FK003", "FK003 judges public persistence types only");
        }
    }

    public sealed class Framework_chains
    {
        private const string Prefix = "FitnessKit.Subjects.Purity";

        private static readonly Lazy<FitnessReport> Report = new(() =>
        {
            var map = ContextMap.Define()
                .Context("Direct", c => c.Assemblies($"{Prefix}.Direct.**").Contracts($"{Prefix}.Direct.Contracts"))
                .Context("Transitive", c => c.Assemblies($"{Prefix}.Transitive.**").Contracts($"{Prefix}.Transitive.Contracts"))
                .Context("Clean", c => c.Assemblies($"{Prefix}.Clean.**").Contracts($"{Prefix}.Clean.Contracts"))
                .SharedKernel($"{Prefix}.Plumbing", $"{Prefix}.Kernel")
                .Build();
            var files = new[] { "Direct.Contracts", "Transitive.Contracts", "Plumbing", "Clean.Contracts", "Kernel" }.Select(p => Repository.Subject($"{Prefix}.{p}"));
            return FitnessCheck.Evaluate(AssemblySource.Files([.. files]), map);
        });

        [Fact]
        public void Reports_a_contract_that_references_a_framework_directly_and_one_that_pulls_it_in_through_shared_infrastructure()
        {
            Report.Value.Violations.Where(v => v.Rule.Id == "FK011").Select(v => (v.SourceContext, string.Join(" -> ", v.Related)))
                .Should().Equal(
                    ("Direct", $"{Prefix}.Direct.Contracts -> Microsoft.EntityFrameworkCore"),
                    ("Transitive", $"{Prefix}.Transitive.Contracts -> {Prefix}.Plumbing -> Dapper"));
        }

        [Fact]
        public void Stays_silent_on_a_contract_whose_references_reach_no_framework()
        {
            Report.Value.Model.CodeBase.Assemblies.Single(a => a.Name == $"{Prefix}.Clean.Contracts").References.Should().Contain($"{Prefix}.Kernel");
            Report.Value.Violations.Should().NotContain(v => v.SourceContext == "Clean");
        }

        [Fact]
        public void Says_each_chain_in_a_sentence_with_its_fix()
        {
            var text = string.Join(Environment.NewLine + Environment.NewLine, Report.Value.Violations.Where(v => v.Rule.Id == "FK011").Select(v => v.Describe(Repository.Root)));

            Approvals.Verify(text, "FK011-chains");
        }
    }
}
