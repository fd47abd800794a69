using FitnessKit.Model;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.ContextMapping;

public sealed class NamePatternTests
{
    [Theory]
    [InlineData("Shop.Orders", "Shop.Orders", true)]
    [InlineData("Shop.Order", "Shop.Orders", false)]
    [InlineData("Shop.Orders", "Shop.Orders.Contracts", false)]
    [InlineData("Shop.Orders.**", "Shop.Orders", true)]
    [InlineData("Shop.Orders.**", "Shop.Orders.Contracts", true)]
    [InlineData("Shop.Orders.**", "Shop.Orders.Contracts.Events", true)]
    [InlineData("Shop.Orders.**", "Shop.OrdersArchive", false)]
    [InlineData("Shop.Orders.*", "Shop.Orders", false)]
    [InlineData("Shop.Orders.*", "Shop.Orders.Domain.Internal", true)]
    [InlineData("Shop.*.Contracts", "Shop.Billing.Contracts", true)]
    [InlineData("Shop.*.Contracts", "Shop.Billing.Infrastructure", false)]
    [InlineData("Shop.Order?", "Shop.Orders", true)]
    public void Matches_exactly_or_by_explicit_glob_only(string pattern, string name, bool matches) =>
        NamePattern.Parse(pattern).Matches(name).Should().Be(matches);

    [Fact]
    public void Assembly_names_can_be_matched_without_regard_to_case() =>
        NamePattern.Parse("Shop.Orders").Matches("shop.orders", ignoreCase: true).Should().BeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Shop Orders")]
    public void Rejects_an_empty_pattern_or_one_with_white_space(string pattern) =>
        FluentActions.Invoking(() => NamePattern.Parse(pattern)).Should().Throw<FitnessKitException>().WithMessage("*is not a name pattern*");
}
