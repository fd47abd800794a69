#region netarchtest-usings
using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.NetArchTest;
using FitnessKit.Rules;
using NetArchTest.Rules;
using Xunit;
#endregion
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit.Sdk;

namespace FitnessKit.Tests.Docs;

/// <summary>
/// The NetArchTest blocks of docs/getting-started.md and src/FitnessKit.NetArchTest/README.md, run on the broken Shop
/// (whose Orders DbContext is public) and the good one. NetArchTest's GetResult() decides nothing by itself: a block
/// that dropped its result passed on a public DbContext, so each result is asserted.
/// </summary>
public sealed class NetArchTestSnippetTests
{
    public sealed class The_persistence_and_contracts_checks
    {
        [Fact]
        public void Fail_on_the_broken_sample_naming_its_public_DbContext()
        {
            var act = () => Checks(ShopSample.Bin(ShopSample.Broken), ShopSample.Map);

            act.Should().Throw<XunitException>().WithMessage("*Shop.Orders.Infrastructure.OrdersDbContext*");
        }

        [Fact]
        public void Pass_on_the_good_sample()
        {
            var act = () => Checks(ShopSample.Bin(ShopSample.Good), ShopSample.Map);

            act.Should().NotThrow();
        }

        private static void Checks(string bin, ContextMap map)
        {
            #region netarchtest-checks
            // Persistence types, recognised from each type's own assembly file:
            var persistence = Types.FromPath(bin).That().ArePersistenceTypes().Should().NotBePublic().GetResult();
            Assert.True(persistence.IsSuccessful, "Public persistence types: " + string.Join(", ", persistence.FailingTypeNames ?? []));

            // With a context map: FitnessKit's rules as conditions, explained as FitnessKit writes them.
            var kit = FitnessTypes.Load(AssemblySource.Folder(bin, "Shop.*.dll"), map);
            var result = Types.FromPath(bin).Should().FollowRule(kit, RuleCatalog.ContractsOnly).GetResult();
            Assert.True(result.IsSuccessful, kit.Explain(result, RuleCatalog.ContractsOnly).Describe());
            #endregion
        }
    }

    public sealed class The_context_scoped_check
    {
        [Fact]
        public void Fails_on_the_broken_sample_naming_Orders_public_DbContext()
        {
            var act = () => OrdersPersistence(ShopSample.Bin(ShopSample.Broken), ShopSample.Map);

            act.Should().Throw<XunitException>().WithMessage("*Shop.Orders.Infrastructure.OrdersDbContext*");
        }

        [Fact]
        public void Passes_on_the_good_sample()
        {
            var act = () => OrdersPersistence(ShopSample.Bin(ShopSample.Good), ShopSample.Map);

            act.Should().NotThrow();
        }

        private static void OrdersPersistence(string bin, ContextMap map)
        {
            var kit = FitnessTypes.Load(AssemblySource.Folder(bin, "Shop.*.dll"), map);
            #region netarchtest-owned-by
            var orders = Types.FromPath(bin).That().AreOwnedBy(kit, "Orders").And().ArePersistenceTypes(kit).Should().NotBePublic().GetResult();
            Assert.True(orders.IsSuccessful, "Public persistence types of Orders: " + string.Join(", ", orders.FailingTypeNames ?? []));
            #endregion
        }
    }
}
