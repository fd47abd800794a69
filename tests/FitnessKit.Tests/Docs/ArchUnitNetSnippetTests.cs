#region archunitnet-usings
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using FitnessKit.ArchUnitNET;
using FitnessKit.ContextMapping;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
#endregion
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Docs;

/// <summary>
/// The ArchUnitNET block of docs/getting-started.md and src/FitnessKit.ArchUnitNET/README.md, with the using lines it
/// needs (Check(architecture) is TngTech.ArchUnitNET.xUnit's), run on the broken Shop and the good one.
/// </summary>
public sealed class ArchUnitNetSnippetTests
{
    [Fact]
    public void Fails_on_the_broken_sample_with_FitnessKits_sentence()
    {
        var act = () => Rules(ShopSample.Bin(ShopSample.Broken), ShopSample.Map);

        act.Should().Throw<FailedArchRuleException>().WithMessage("*Shop.Billing.BillingService.IssueInvoiceAsync in context Billing uses Shop.Orders.PricingPolicy*");
    }

    [Fact]
    public void Passes_on_the_good_sample()
    {
        var act = () => Rules(ShopSample.Bin(ShopSample.Good), ShopSample.Map);

        act.Should().NotThrow();
    }

    private static void Rules(string bin, ContextMap map)
    {
        #region archunitnet-rules
        var architecture = new ArchLoader().LoadFilteredDirectory(bin, "Shop.*.dll").Build();

        // The kit's rules as IArchRule: each violation is a failed EvaluationResult whose description is
        // FitnessKit's sentence, file:line and fix.
        FitnessRules.ContractsOnly(map).LocatedIn(bin).Check(architecture);
        FitnessRules.All(map).LocatedIn(bin).Check(architecture);

        // The kit's model inside ArchUnitNET's fluent rules:
        Types().That().FollowCustomPredicate(FitnessPredicates.PersistenceTypes().LocatedIn(bin))
            .Should().NotBePublic()
            .Check(architecture);
        Types().That().FollowCustomPredicate(FitnessPredicates.OwnedBy(map, "Orders").LocatedIn(bin))
            .Should().NotDependOnAny(Types().That().FollowCustomPredicate(FitnessPredicates.OwnedBy(map, "Billing").LocatedIn(bin)))
            .Check(architecture);
        #endregion
    }
}
