using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.FluentAssertions;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using Xunit.Sdk;

namespace FitnessKit.Tests.Docs;

/// <summary>The FluentAssertions blocks of docs/getting-started.md and src/FitnessKit.FluentAssertions/README.md, run on the broken Shop and the good one.</summary>
public sealed class FluentAssertionsSnippetTests
{
    public sealed class No_violations
    {
        [Fact]
        public void Fails_on_the_broken_sample_with_the_reason()
        {
            var act = () => NoViolations(ShopSample.Bin(ShopSample.Broken), ShopSample.Map);

            act.Should().Throw<XunitException>().WithMessage("*because each context owns its data*Shop.Orders.Infrastructure.OrdersDbContext*");
        }

        [Fact]
        public void Passes_on_the_good_sample()
        {
            var act = () => NoViolations(ShopSample.Bin(ShopSample.Good), ShopSample.Map);

            act.Should().NotThrow();
        }

        private static void NoViolations(string bin, ContextMap map)
        {
            #region fluentassertions-no-violations
            var report = FitnessCheck.Evaluate(AssemblySource.Folder(bin, "Shop.*.dll"), map);

            report.Should().HaveNoViolations("each context owns its data");
            report.Should().HaveNoViolationsOf(RuleCatalog.PersistenceInternal);
            #endregion
        }
    }

    public sealed class Pinning_a_violation
    {
        [Fact]
        public void Passes_on_the_broken_sample_which_has_it() =>
            FluentActions.Invoking(() => Pin(ShopSample.Report(ShopSample.Broken))).Should().NotThrow();

        [Fact]
        public void Fails_on_the_good_sample_which_has_not() =>
            FluentActions.Invoking(() => Pin(ShopSample.Report(ShopSample.Good))).Should().Throw<XunitException>().WithMessage("*Shop.Orders.PricingPolicy*");

        private static void Pin(FitnessReport report)
        {
            #region fluentassertions-pin-a-violation
            // Pin a violation you expect (a known one, or a test of your own map):
            report.Should().ContainViolation(RuleCatalog.ContractsOnly, source: "Shop.Billing.BillingService", target: "Shop.Orders.PricingPolicy")
                .Which.Location.Should().NotBeNull();
            #endregion
        }
    }

    public sealed class Compatible_contracts : IDisposable
    {
        private readonly TemporaryFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Passes_on_the_good_sample_against_its_committed_snapshots()
        {
            var act = () => Compatible(ShopSample.Bin(ShopSample.Good), ShopSample.Map, Path.Combine(Repository.Sample(ShopSample.Good), "contracts"));

            act.Should().NotThrow();
        }

        [Fact]
        public void Fails_on_a_contract_that_retyped_a_property_naming_it_and_the_contexts_that_read_it()
        {
            // Given the good sample's snapshots, in which OrderPlaced's OrderId was a string
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Sample(ShopSample.Good), "contracts")))
            {
                File.Copy(file, Path.Combine(_folder.Path, Path.GetFileName(file)));
            }

            ContractSnippetTests.WasAString(Path.Combine(_folder.Path, "Shop.Orders.Contracts.contract.txt"), "OrderId");

            var act = () => Compatible(ShopSample.Bin(ShopSample.Good), ShopSample.Map, _folder.Path);

            act.Should().Throw<XunitException>().WithMessage("*because Shipping and Billing rely on them*Shop.Orders.Contracts.OrderPlaced.OrderId *Contexts that use Shop.Orders.Contracts.OrderPlaced.OrderId and can break: Shipping (*) and Billing (*)*");
        }

        private static void Compatible(string bin, ContextMap map, string snapshots)
        {
            #region fluentassertions-compatible-contracts
            var contracts = ContractSnapshots.Compare(AssemblySource.Folder(bin, "Shop.*.dll"), map, snapshots);

            contracts.Should().BeCompatible("Shipping and Billing rely on them");
            #endregion
        }
    }
}
