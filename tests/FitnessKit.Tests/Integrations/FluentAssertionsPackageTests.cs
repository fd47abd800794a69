using FitnessKit.Evaluation;
using FitnessKit.FluentAssertions;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using Xunit.Sdk;

namespace FitnessKit.Tests.Integrations;

/// <summary>FitnessKit.FluentAssertions: report.Should()... on the compiled Shop samples, with FluentAssertions-style failures.</summary>
public sealed class FluentAssertionsPackageTests
{
    private static FitnessReport Good => ShopSample.Report(ShopSample.Good);

    private static FitnessReport Broken => ShopSample.Report(ShopSample.Broken);

    public sealed class HaveNoViolations
    {
        [Fact]
        public void Passes_on_the_good_sample() => Good.Should().HaveNoViolations();

        [Fact]
        public void Fails_on_the_broken_sample_with_the_reason_and_every_violation()
        {
            var act = () => Broken.Should().HaveNoViolations("every context owns its {0}", "data");

            var message = act.Should().Throw<XunitException>().Which.Message;
            Approvals.Verify(ShopSample.Portable(message), "fluentassertions-have-no-violations-failure");
        }
    }

    public sealed class HaveNoViolationsOf
    {
        [Fact]
        public void Passes_for_a_rule_without_violations() =>
            Broken.Where(v => v.Rule != RuleCatalog.NoSharedEntityPackages).Should().HaveNoViolationsOf(RuleCatalog.NoSharedEntityPackages);

        [Fact]
        public void Fails_naming_only_the_violations_of_that_rule()
        {
            var act = () => Broken.Should().HaveNoViolationsOf(RuleCatalog.NoSharedEntityPackages, "entities have one owner");

            var message = act.Should().Throw<XunitException>().Which.Message;
            Approvals.Verify(ShopSample.Portable(message), "fluentassertions-have-no-violations-of-failure");
        }
    }

    public sealed class ContainViolation
    {
        [Fact]
        public void Pins_a_planted_violation_by_rule_source_type_and_target_type() =>
            Broken.Should().ContainViolation(RuleCatalog.ContractsOnly, "Shop.Billing.BillingService", "Shop.Orders.PricingPolicy")
                .Which.SourceMember.Should().Be("IssueInvoiceAsync");

        [Fact]
        public void Matches_source_and_target_by_context_name() =>
            Broken.Should().ContainViolation(RuleCatalog.ForeignDbContext, source: "Shipping", target: "Orders")
                .Which.SourceType.Should().Be("Shop.Shipping.Infrastructure.PendingOrdersReader");

        [Fact]
        public void Never_matches_a_name_by_prefix()
        {
            var act = () => Broken.Should().ContainViolation(RuleCatalog.ContractsOnly, source: "Shipp");

            act.Should().Throw<XunitException>();
        }

        [Fact]
        public void Fails_on_the_good_sample_saying_what_was_expected_and_what_was_checked()
        {
            var act = () => Good.Should().ContainViolation(RuleCatalog.ContractsOnly, "Billing", "Orders", "the test pins a known shortcut");

            var message = act.Should().Throw<XunitException>().Which.Message;
            Approvals.Verify(ShopSample.Portable(message), "fluentassertions-contain-violation-failure");
        }
    }
}
