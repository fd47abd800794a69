using FitnessKit.NetArchTest;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using NetArchTest.Rules;
using Xunit;

namespace FitnessKit.Tests.Integrations;

/// <summary>FitnessKit.NetArchTest: predicates and conditions backed by the kit, on the compiled Shop samples read from their files.</summary>
public sealed class NetArchTestPackageTests
{
    private static readonly Lazy<FitnessTypes> Broken = new(() => FitnessTypes.Load(ShopSample.Assemblies(ShopSample.Broken), ShopSample.Map));

    private static readonly Lazy<FitnessTypes> Good = new(() => FitnessTypes.Load(ShopSample.Assemblies(ShopSample.Good), ShopSample.Map));

    private static Types Shop(string sample) => Types.FromPath(ShopSample.Bin(sample));

    public sealed class ArePersistenceTypes
    {
        [Fact]
        public void Should_not_be_public_holds_on_the_good_sample() =>
            Shop(ShopSample.Good).That().ArePersistenceTypes().Should().NotBePublic().GetResult().IsSuccessful.Should().BeTrue();

        [Fact]
        public void Should_not_be_public_names_the_public_persistence_types_of_the_broken_sample_from_their_own_assemblies()
        {
            var result = Shop(ShopSample.Broken).That().ArePersistenceTypes().Should().NotBePublic().GetResult();

            result.IsSuccessful.Should().BeFalse();
            result.FailingTypeNames.Should().BeEquivalentTo(
                ["Shop.Orders.Infrastructure.OrdersDbContext", "Shop.Billing.Infrastructure.InvoiceConfiguration"],
                "the entity Shop.Billing.Invoice is mapped from another assembly, which a type's own file does not show");
        }

        [Fact]
        public void With_a_view_of_every_assembly_also_sees_an_entity_mapped_from_another_assembly()
        {
            var result = Shop(ShopSample.Broken).That().ArePersistenceTypes(Broken.Value).Should().NotBePublic().GetResult();

            result.FailingTypeNames.Should().BeEquivalentTo("Shop.Orders.Infrastructure.OrdersDbContext", "Shop.Billing.Infrastructure.InvoiceConfiguration", "Shop.Billing.Invoice", "Shop.SharedEntities.Customer");
        }

        [Fact]
        public void A_view_loaded_with_a_map_sees_the_persistence_types_a_view_without_one_recognises()
        {
            // With a map, the view takes the persistence types its check recognised; without one, it recognises them itself.
            // Every selected type fails a name that none has, and is so listed by name (a NetArchTest list of types loads them).
            var withoutMap = FitnessTypes.Load(ShopSample.Assemblies(ShopSample.Broken));
            var named = Shop(ShopSample.Broken).That().ArePersistenceTypes(Broken.Value).Should().HaveNameMatching("^$").GetResult().FailingTypeNames;

            named.Should().BeEquivalentTo(Shop(ShopSample.Broken).That().ArePersistenceTypes(withoutMap).Should().HaveNameMatching("^$").GetResult().FailingTypeNames)
                .And.Contain("Shop.Orders.Infrastructure.OrdersDbContext").And.HaveCountGreaterThan(4);
        }

        [Fact]
        public void Not_be_persistence_types_keeps_persistence_out_of_contracts()
        {
            Shop(ShopSample.Good).That().ResideInNamespaceEndingWith("Contracts").Should().NotBePersistenceTypes().GetResult().IsSuccessful.Should().BeTrue();
            Shop(ShopSample.Good).That().ResideInNamespaceEndingWith("Infrastructure").Should().NotBePersistenceTypes().GetResult().IsSuccessful.Should().BeFalse();
        }
    }

    public sealed class AreOwnedBy
    {
        [Fact]
        public void Selects_the_types_of_a_context()
        {
            var inOrders = Shop(ShopSample.Good).That().AreOwnedBy(Good.Value, "Orders").Should().ResideInNamespaceStartingWith("Shop.Orders").GetResult();
            var notInBilling = Shop(ShopSample.Good).That().AreOwnedBy(Good.Value, "Orders").Should().ResideInNamespaceStartingWith("Shop.Billing").GetResult();

            inOrders.IsSuccessful.Should().BeTrue();
            notInBilling.FailingTypeNames.Should().Contain(["Shop.Orders.Contracts.OrderPlaced", "Shop.Orders.Infrastructure.OrdersDbContext"]);
        }
    }

    public sealed class FollowRule
    {
        [Fact]
        public void Holds_on_the_good_sample() =>
            Shop(ShopSample.Good).Should().FollowRule(Good.Value, RuleCatalog.ContractsOnly).GetResult().IsSuccessful.Should().BeTrue();

        [Fact]
        public void Names_the_breaking_types_and_explains_them_with_the_kits_sentences()
        {
            var result = Shop(ShopSample.Broken).Should().FollowRule(Broken.Value, RuleCatalog.ContractsOnly).GetResult();

            // The use of Orders' DbContext is FK008's, evaluated in the same run, so FK001 does not report it twice.
            result.FailingTypeNames.Should().BeEquivalentTo("Shop.Billing.BillingService");
            Shop(ShopSample.Broken).Should().FollowRule(Broken.Value, RuleCatalog.ForeignDbContext).GetResult().FailingTypeNames
                .Should().BeEquivalentTo("Shop.Shipping.Infrastructure.PendingOrdersReader");
            Approvals.Verify(ShopSample.Portable(Broken.Value.Explain(result, RuleCatalog.ContractsOnly).Describe()), "netarchtest-follow-rule-explained");
        }

        [Fact]
        public void Needs_a_view_loaded_with_a_map()
        {
            var withoutMap = FitnessTypes.Load(ShopSample.Assemblies(ShopSample.Good));

            var act = () => Shop(ShopSample.Good).Should().FollowRule(withoutMap, RuleCatalog.ContractsOnly).GetResult();

            act.Should().Throw<FitnessKitException>().WithMessage("*needs a context map*");
        }
    }
}
