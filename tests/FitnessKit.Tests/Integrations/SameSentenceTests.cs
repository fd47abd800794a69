using ArchUnitNET.Loader;
using FitnessKit.ArchUnitNET;
using FitnessKit.FluentAssertions;
using FitnessKit.NetArchTest;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FitnessKit.Xunit;
using FluentAssertions;
using NetArchTest.Rules;
using Xunit;
using Xunit.Sdk;

namespace FitnessKit.Tests.Integrations;

/// <summary>A violation reads the same from each of the four packages: the kit's sentence, file:line and fix.</summary>
public sealed class SameSentenceTests
{
    [Fact]
    public void Every_package_reports_a_planted_violation_with_the_kits_own_description()
    {
        var report = ShopSample.Report(ShopSample.Broken).Of(RuleCatalog.ContractsOnly);
        var planted = report.Violations.Single(v => v.SourceMember == "IssueInvoiceAsync");
        var bin = ShopSample.Bin(ShopSample.Broken);

        var xunit = Record.Exception(() => FitnessAssert.NoViolations(report))!.Message;
        var fluent = Record.Exception(() => report.Should().HaveNoViolations())!.Message;
        var archUnit = FitnessRules.ContractsOnly(ShopSample.Map).LocatedIn(bin)
            .Evaluate(new ArchLoader().LoadFilteredDirectory(bin, "Shop.*.dll").Build()).Single(r => r.Description.Contains("IssueInvoiceAsync", StringComparison.Ordinal)).Description;
        var types = FitnessTypes.Load(ShopSample.Assemblies(ShopSample.Broken), ShopSample.Map);
        var netArchTest = types.Explain(Types.FromPath(bin).Should().FollowRule(types, RuleCatalog.ContractsOnly).GetResult(), RuleCatalog.ContractsOnly).Describe();

        planted.Location.Should().NotBeNull();
        var described = new[] { xunit, fluent, netArchTest }.Select(text => text.Contains($"{planted.Message}{Environment.NewLine}    at {planted.Location}{Environment.NewLine}    Fix: {planted.Fix}", StringComparison.Ordinal));
        described.Should().AllBeEquivalentTo(true);
        archUnit.Should().Be(planted.Describe());
    }
}
