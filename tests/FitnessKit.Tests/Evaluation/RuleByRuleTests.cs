using FitnessKit.Configuration;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Reporting;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Evaluation;

/// <summary>
/// A test project checks one rule per test case (<c>[Theory, CatalogRules]</c>) on one code base and one map: the map
/// is resolved once and the system's catalogs (persistence types, tables, coupling) built once for all the cases, and
/// each case reports what a check of its rule alone says, its tables and persistence types shown only when its rule read
/// them, whatever the cases before it built.
/// </summary>
public sealed class RuleByRuleTests
{
    /// <summary>The samples, broken and fixed, and the layouts of real systems that the shortcuts are held to.</summary>
    [Theory]
    [MemberData(nameof(ShortcutAnswerTests.Maps), MemberType = typeof(ShortcutAnswerTests))]
    public void Each_rule_checked_in_turn_on_one_code_base_reports_what_it_reports_alone(string configPath)
    {
        var config = FitnessConfig.Load(configPath);
        var shared = CodeBase.Load(config.Assemblies);
        var alone = RuleCatalog.All.ToDictionary(r => r.Descriptor.Id, r => Rendered(FitnessCheck.Evaluate(CodeBase.Load(config.Assemblies), FitnessConfig.Load(configPath).Map, [r])));

        // In the catalog's order and back: a rule that reads no tables comes both before and after those that do.
        foreach (var rule in RuleCatalog.All.Concat(RuleCatalog.All.Reverse()))
        {
            Rendered(FitnessCheck.Evaluate(shared, config.Map, [rule])).Should().Be(alone[rule.Descriptor.Id], $"{rule.Descriptor.Id} checked after others on one code base says what it says alone");
        }

        alone.Values.Should().Contain(r => r.Contains("\"tables\"", StringComparison.Ordinal), "the sample has tables for some rule to show")
            .And.Contain(r => !r.Contains("\"tables\"", StringComparison.Ordinal), "and rules that show none");
    }

    [Fact]
    public void Checks_of_one_code_base_and_one_map_share_its_resolution_and_its_tables()
    {
        var configPath = Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json");
        var config = FitnessConfig.Load(configPath);
        var codeBase = CodeBase.Load(config.Assemblies);

        var foreignAccess = FitnessCheck.Evaluate(codeBase, config.Map, [RuleCatalog.Get(RuleCatalog.ForeignTableAccess.Id)]);
        var sharedTable = FitnessCheck.Evaluate(codeBase, config.Map, [RuleCatalog.Get(RuleCatalog.SharedTable.Id)]);
        var loadedAgain = FitnessCheck.Evaluate(codeBase, FitnessConfig.Load(configPath).Map, [RuleCatalog.Get(RuleCatalog.SharedTable.Id)]);
        var anotherMap = FitnessCheck.Evaluate(codeBase, config.Map.WithApprovedContracts(null), [RuleCatalog.Get(RuleCatalog.SharedTable.Id)]);

        foreignAccess.Tables.Should().NotBeNull();
        sharedTable.Tables.Should().BeSameAs(foreignAccess.Tables);
        sharedTable.Persistence.Should().BeSameAs(foreignAccess.Persistence);
        sharedTable.Model.Should().BeSameAs(foreignAccess.Model);
        loadedAgain.Model.Should().BeSameAs(foreignAccess.Model, "a map loaded again from the same file is the same map");
        loadedAgain.Tables.Should().BeSameAs(foreignAccess.Tables);
        anotherMap.Tables.Should().NotBeSameAs(foreignAccess.Tables, "a map that approves other contracts is resolved for itself");
        anotherMap.Model.View.Should().BeSameAs(foreignAccess.Model.View, "and decoded as the map it was copied from");
        anotherMap.Violations.Select(v => v.Message).Should().Equal(sharedTable.Violations.Select(v => v.Message));
    }

    /// <summary>A test class whose tests each build the map (xUnit makes an instance for each test) checks as one that holds it in a field.</summary>
    [Fact]
    public void Checks_with_a_map_built_again_alike_for_each_share_its_resolution_and_what_it_decoded()
    {
        var codeBase = CodeBase.Load(ShopSample.Assemblies(ShopSample.Broken));
        static ContextMap Map() => ContextMap.Define()
            .Context("Orders", c => c.Assemblies("Shop.Orders.**").Contracts("Shop.Orders.Contracts"))
            .Context("Shipping", c => c.Assemblies("Shop.Shipping.**").Contracts("Shop.Shipping.Contracts"))
            .Context("Billing", c => c.Assemblies("Shop.Billing.**").Contracts("Shop.Billing.Contracts"))
            .Build();

        var first = FitnessCheck.Evaluate(codeBase, Map(), [RuleCatalog.Get(RuleCatalog.ForeignTableAccess.Id)]);
        var second = FitnessCheck.Evaluate(codeBase, Map(), [RuleCatalog.Get(RuleCatalog.SharedTable.Id)]);
        var other = FitnessCheck.Evaluate(codeBase, ContextMap.Define()
            .Context("Orders", c => c.Assemblies("Shop.Orders.**").Contracts("Shop.Orders.Contracts"))
            .Build(), [RuleCatalog.Get(RuleCatalog.SharedTable.Id)]);

        second.Model.Should().BeSameAs(first.Model);
        second.Tables.Should().BeSameAs(first.Tables);
        second.Model.View.Should().BeSameAs(first.Model.View);
        other.Model.Should().NotBeSameAs(first.Model, "a map of other contexts is resolved for itself");
        other.Model.View.Should().NotBeSameAs(first.Model.View, "and decoded for itself");
        Rendered(second).Should().Be(Rendered(FitnessCheck.Evaluate(CodeBase.Load(ShopSample.Assemblies(ShopSample.Broken)), Map(), [RuleCatalog.Get(RuleCatalog.SharedTable.Id)])));
    }

    [Fact]
    public void A_map_that_does_not_fit_the_code_is_said_so_at_every_check()
    {
        var codeBase = CodeBase.Load(ShopSample.Assemblies(ShopSample.Broken));
        var map = ContextMap.Define().Context("Nowhere", c => c.Assemblies("No.Such.Assembly.**")).Build();

        for (var check = 0; check < 2; check++)
        {
            var evaluate = () => FitnessCheck.Evaluate(codeBase, map, [RuleCatalog.Get(RuleCatalog.ContractsOnly.Id)]);
            evaluate.Should().Throw<FitnessKitException>().WithMessage("*No.Such.Assembly.***");
        }
    }

    [Fact]
    public void Comparing_the_contracts_after_a_check_with_the_same_map_decodes_nothing_again()
    {
        var configPath = Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json");
        var snapshots = Path.Combine(Repository.Sample(ShopSample.Broken), "contracts");
        var config = FitnessConfig.Load(configPath);
        var codeBase = CodeBase.Load(config.Assemblies);
        var check = FitnessCheck.Evaluate(codeBase, config.Map);

        var contracts = ContractSnapshots.Compare(codeBase, config.Map, snapshots);
        var alone = ContractSnapshots.Compare(CodeBase.Load(config.Assemblies), FitnessConfig.Load(configPath).Map, snapshots);

        contracts.Report.Model.View.Should().BeSameAs(check.Model.View, "the map with other approved contracts decodes as the map does");
        Rendered(contracts.Report).Should().Be(Rendered(alone.Report));
        contracts.Report.Violations.Should().NotBeEmpty("the broken sample's contracts changed since their snapshots");
    }

    private static string Rendered(FitnessReport report) => FitnessReportWriter.Render(report, ReportFormat.Json);
}
