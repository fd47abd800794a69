using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Persistence;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Docs;

/// <summary>The context maps of docs/getting-started.md, docs/configuration.md and the engine's README, run on the broken Shop and the good one.</summary>
public sealed class ContextMapSnippetTests
{
    public sealed class The_getting_started_map_of_two_contexts
    {
        [Fact]
        public void Finds_Shipping_reaching_into_Orders_in_the_broken_sample() =>
            GettingStartedMap(ShopSample.Bin(ShopSample.Broken)).Violations
                .Should().Contain(v => v.SourceContext == "Shipping" && v.TargetContext == "Orders");

        [Fact]
        public void Finds_nothing_in_the_good_sample() =>
            GettingStartedMap(ShopSample.Bin(ShopSample.Good)).Violations.Should().BeEmpty();

        private static FitnessReport GettingStartedMap(string bin)
        {
            #region getting-started-context-map
            var map = ContextMap.Define()
                .Context("Orders", c => c.Assemblies("Shop.Orders.**").Contracts("Shop.Orders.Contracts"))
                .Context("Shipping", c => c.Assemblies("Shop.Shipping.**").Contracts("Shop.Shipping.Contracts"))
                .SharedKernel("Shop.SharedKernel")
                .Build();
            #endregion
            return FitnessCheck.Evaluate(AssemblySource.Folder(bin, "Shop.*.dll"), map);
        }
    }

    public sealed class The_engine_README_check
    {
        [Fact]
        public void Throws_on_the_broken_sample_listing_its_violations()
        {
            var act = () => EngineReadme(ShopSample.Bin(ShopSample.Broken));

            act.Should().Throw<FitnessViolationException>().WithMessage("*Shop.Shipping.Infrastructure.PendingOrdersReader*Shop.Orders.Infrastructure.OrdersDbContext*");
        }

        [Fact]
        public void Passes_on_the_good_sample()
        {
            var act = () => EngineReadme(ShopSample.Bin(ShopSample.Good));

            act.Should().NotThrow();
        }

        private static void EngineReadme(string bin)
        {
            #region engine-readme
            var map = ContextMap.Define()
                .Context("Orders", c => c.Assemblies("Shop.Orders.**").Contracts("Shop.Orders.Contracts"))
                .Context("Shipping", c => c.Assemblies("Shop.Shipping.**").Contracts("Shop.Shipping.Contracts"))
                .SharedKernel("Shop.SharedKernel")
                .Build();

            var report = FitnessCheck.Evaluate(AssemblySource.Folder(bin, "Shop.*.dll"), map);
            report.ThrowIfViolated();   // or inspect report.Violations, report.Of(RuleCatalog.ContractsOnly), report.Model
            #endregion
        }
    }

    public sealed class The_configuration_map_in_code
    {
        [Fact]
        public void Checks_the_broken_sample_with_Reporting_claiming_its_tables()
        {
            var report = FitnessCheck.Evaluate(ShopSample.Assemblies(ShopSample.Broken), ConfigurationMap());

            report.Model.Contexts.Select(c => c.Name).Should().Equal("Orders", "Shipping", "Reporting");
            report.Violations.Should().Contain(v => v.SourceContext == "Shipping" && v.TargetContext == "Orders");
        }

        [Fact]
        public void Is_an_error_on_the_good_sample_which_has_no_Reporting_assembly()
        {
            var act = () => FitnessCheck.Evaluate(ShopSample.Assemblies(ShopSample.Good), ConfigurationMap());

            act.Should().Throw<FitnessKitException>().WithMessage("*Shop.Reporting.*");
        }

        private static ContextMap ConfigurationMap()
        {
            #region configuration-map-in-code
            var map = ContextMap.Define()
                .Context("Orders", c => c.Assemblies("Shop.Orders.**").Contracts("Shop.Orders.Contracts"))
                .Context("Shipping", c => c.Assemblies("Shop.Shipping.**").Contracts("Shop.Shipping.Contracts").MayUse("Orders"))
                .Context("Reporting", c => c.Assemblies("Shop.Reporting.**").Tables("reporting.daily_sales", "legacy.*"))
                .SharedKernel("Shop.SharedKernel")
                .Persistence(PersistenceDetection.Default with { Namespaces = ["*.Persistence.**"] })
                .Build();
            #endregion
            return map;
        }
    }
}
