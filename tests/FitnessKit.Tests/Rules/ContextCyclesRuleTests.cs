using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Reporting;
using FitnessKit.Tests.Reporting;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>FK009 on the compiled scenarios of FitnessKit.Subjects.Cycles (<see cref="CycleScenarios"/>): each cycle once, as a path, closed where the rule page says; silent on every twin.</summary>
public sealed class ContextCyclesRuleTests
{
    private static readonly Lazy<CodeBase> Code = new(() => CodeBase.Load(AssemblySource.Files(Repository.Subject(CycleScenarios.Assembly))));

    public static TheoryData<string> Scenarios() => new(CycleScenarios.All.Select(s => s.Name));

    private static CycleScenarios.Scenario Named(string name) => CycleScenarios.All.Single(s => s.Name == name);

    private static FitnessReport Check(CycleScenarios.Scenario scenario, string ns, IEnumerable<IFitnessRule>? rules = null) =>
        FitnessCheck.Evaluate(Code.Value, scenario.Map(ns), rules);

    private static FitnessReport Planted(string name) => Check(Named(name), Named(name).Namespace);

    public sealed class Evaluate
    {
        [Theory]
        [MemberData(nameof(Scenarios), MemberType = typeof(ContextCyclesRuleTests))]
        public void Reports_each_cycle_of_the_scenario_once_closed_by_the_expected_dependency(string name)
        {
            // Given a scenario whose contexts depend on each other in a cycle
            var scenario = Named(name);

            // When every rule is checked
            var cycles = Planted(name).Violations.Where(v => v.Rule.Id == "FK009").ToList();

            // Then FK009 reports exactly its cycles, each as a path with the closing step's example
            cycles.Select(v => new CycleScenarios.Cycle(
                    string.Join(" -> ", v.Related),
                    v.SourceType![(scenario.Namespace.Length + 1)..],
                    v.SourceMember!,
                    v.TargetType is { } type ? type[(scenario.Namespace.Length + 1)..] : "table " + v.TargetTable))
                .Should().BeEquivalentTo(scenario.Cycles);
            cycles.Select(v => (v.Severity, v.SourceContext, v.TargetContext)).Should().Equal(cycles.Select(v => (Severity.Error, (string?)v.Related[^2], (string?)v.Related[^1])), "the closing step is the path's last");
        }

        [Theory]
        [MemberData(nameof(Scenarios), MemberType = typeof(ContextCyclesRuleTests))]
        public void Stays_silent_on_the_twin_that_has_the_same_contexts_without_the_closing_dependency(string name)
        {
            // Given the twin, checked with the scenario's map
            var scenario = Named(name);
            var report = Check(scenario, scenario.TwinNamespace);

            // Then its contexts depend on each other, but never in a cycle
            report.Dependencies.All.Should().NotBeEmpty("the twin's contexts do depend on each other");
            report.Dependencies.CyclicGroups.Should().BeEmpty();
            report.Violations.Should().NotContain(v => v.Rule.Id == "FK009");
        }

        [Fact]
        public void Reports_a_cycle_that_the_map_allows_both_ways_while_FK001_stays_silent()
        {
            var report = Planted("TwoContextCycle");

            report.Violations.Should().NotContain(v => v.Rule.Id == "FK001", "Orders and Payments use only each other's contracts, which mayUse allows");
            report.Violations.Should().ContainSingle(v => v.Rule.Id == "FK009");
        }

        [Fact]
        public void Locates_the_closing_dependency_and_names_every_step_with_its_file_and_line()
        {
            var violation = Planted("ThreeContextCycle").Violations.Single(v => v.Rule.Id == "FK009");

            violation.Location!.ToString(Repository.Root).Should().Be($"tests/Subjects/{CycleScenarios.Assembly}/Scenarios/ThreeContextCycle.cs:51");
            violation.Message.Should().Contain("Orders -> Payments: ").And.Contain("Payments -> Shipping: ").And.Contain("Shipping -> Orders, which closes the cycle: ")
                .And.Contain(" at ThreeContextCycle.cs:");
        }

        [Fact]
        public void Says_how_many_dependencies_of_a_capped_group_lie_on_no_cycle_reported()
        {
            var cycles = Planted("EveryContextCallsEveryOther").Violations.Where(v => v.Rule.Id == "FK009").ToList();

            cycles.Should().HaveCount(10).And.OnlyContain(v => v.Message.EndsWith(
                "The cycle is one of those among contexts Orders, Payments, Shipping, Billing, Catalog and Customers, which all depend on each other through 30 dependencies; 10 of their cycles are reported, and 10 dependencies among them lie on none of those.",
                StringComparison.Ordinal));
        }

        [Fact]
        public void Can_be_turned_down_like_any_rule()
        {
            var scenario = Named("TwoContextCycle");

            var report = FitnessCheck.Evaluate(Code.Value, scenario.Map(scenario.Namespace), severities: new Dictionary<string, Severity> { ["FK009"] = Severity.Warning });

            report.Violations.Where(v => v.Rule.Id == "FK009").Should().ContainSingle().Which.Severity.Should().Be(Severity.Warning);
            report.HasErrors.Should().BeFalse();
        }

        [Fact]
        public void Says_each_violation_in_a_sentence_with_its_location_and_fix()
        {
            var text = string.Join(
                Environment.NewLine + Environment.NewLine,
                CycleScenarios.All.Take(3).SelectMany(s => Planted(s.Name).Violations.Where(v => v.Rule.Id == "FK009")).Select(v => v.Describe(Repository.Root)));

            Approvals.Verify(text, "FK009-messages");
        }
    }

    public sealed class Data_dependencies
    {
        [Fact]
        public void Make_no_dependency_between_two_contexts_that_both_own_the_table_their_SQL_uses()
        {
            // Given Orders and Payments, which both claim ops.AuditLog and each write it (Scenarios/SqlOnATableBothClaim.cs)
            const string ns = CycleScenarios.Assembly + ".SqlOnATableBothClaim";
            var map = FitnessKit.ContextMapping.ContextMap.Define()
                .Context("Orders", c => c.Namespaces($"{ns}.Orders").Tables("ops.AuditLog"))
                .Context("Payments", c => c.Namespaces($"{ns}.Payments").Tables("ops.AuditLog"))
                .Build();

            // When every rule is checked
            var report = FitnessCheck.Evaluate(Code.Value, map);

            // Then both write the table, yet neither depends on the other through it, and there is no cycle
            report.Tables!.Tables.Single(t => t.Table.ToString() == "ops.AuditLog").Accesses.Should().HaveCount(2);
            report.Dependencies.All.Should().BeEmpty();
            report.Violations.Should().NotContain(v => v.Rule.Id == "FK009");
        }
    }

    public sealed class Reports
    {
        [Fact]
        public void Mark_the_cycle_on_the_context_map_from_the_dependencies_the_rule_used()
        {
            // Given the two-context cycle, checked with every rule
            var report = Planted("TwoContextCycle");

            // When the reports draw the context map
            var json = System.Text.Json.JsonDocument.Parse(ReportRendering.Render(report, ReportFormat.Json)).RootElement.GetProperty("dependencies").EnumerateArray().ToList();

            // Then both edges are on the cycle, and the closing one carries FK009's violation
            json.Where(d => d.GetProperty("cycle").GetBoolean()).Select(d => $"{d.GetProperty("from").GetString()}->{d.GetProperty("to").GetString()}")
                .Should().BeEquivalentTo("Payments->Orders", "Orders->Payments");
            ReportRendering.Render(report, ReportFormat.Html).Should().Contain("class=\"edge bad cycle style-").And.Contain("class=\"edge ok cycle style-");
            ReportRendering.Render(report, ReportFormat.Markdown).Should().Contain("\"2 uses, cycle\"");
        }

        [Fact]
        public void Share_one_computation_of_the_dependencies_between_a_report_and_its_filtered_and_baselined_copies()
        {
            var report = Planted("TwoContextCycle");

            report.Where(v => v.Rule.Id == "FK009").Dependencies.Should().BeSameAs(report.Dependencies);
            report.Against(FitnessKit.Baselines.Baseline.Empty).Dependencies.Should().BeSameAs(report.Dependencies);
        }

        [Fact]
        public void Draw_the_dependencies_of_a_report_whose_rules_did_not_need_them()
        {
            // Given a check of FK001 alone, which computes no dependencies between contexts
            var scenario = Named("TwoContextCycle");
            var report = Check(scenario, scenario.Namespace, [RuleCatalog.Get("FK001")]);

            // Then the report computes them when asked, with the same cycle
            report.Dependencies.CyclicGroups.Should().ContainSingle().Which.Should().Equal("Payments", "Orders");
        }
    }
}
