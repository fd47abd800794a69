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
    [InlineData("*.Abstractions", "Microsoft.Extensions.Logging.Abstractions", true)]
    [InlineData("*.Abstractions", ".Abstractions", true)]
    [InlineData("*.Abstractions", "Abstractions", false)]
    [InlineData("*.Abstractions", "Shop.AbstractionsX", false)]
    [InlineData("*.Abstractions", "Shop.abstractions", false)]
    [InlineData("Shop.*", "Shop.", true)]
    [InlineData("Shop.*", "Shop.Orders.Domain", true)]
    [InlineData("Shop.*", "Shop", false)]
    [InlineData("Shop.*", "Shopping.Orders", false)]
    [InlineData("*", "", true)]
    [InlineData("*", "Shop.Orders", true)]
    public void Matches_exactly_or_by_explicit_glob_only(string pattern, string name, bool matches) =>
        NamePattern.Parse(pattern).Matches(name).Should().Be(matches);

    [Fact]
    public void Assembly_names_can_be_matched_without_regard_to_case() =>
        NamePattern.Parse("Shop.Orders").Matches("shop.orders", ignoreCase: true).Should().BeTrue();

    [Theory]
    [InlineData("*.abstractions", "Shop.Orders.Abstractions", true)]
    [InlineData("shop.*", "Shop.Orders", true)]
    [InlineData("*.abstractions", "Shop.Orders.AbstractionX", false)]
    public void A_glob_that_starts_or_ends_with_its_one_star_matches_assembly_names_without_regard_to_case(string pattern, string name, bool matches) =>
        NamePattern.Parse(pattern).Matches(name, ignoreCase: true).Should().Be(matches);

    [Theory]
    [InlineData(".Abstractions")]
    [InlineData("Contracts")]
    [InlineData("")]
    public void A_glob_that_starts_with_its_one_star_matches_what_the_same_glob_with_two_stars_matches(string literal)
    {
        // Given a pattern with one leading star, matched by its literal end, and the same with two, matched as a glob
        var names = new[] { "", "Contracts", "Shop.Contracts", "Shop.ContractsX", ".Abstractions", "Shop.Abstractions", "Shop.abstractions", "Abstractions", "X" };
        var one = NamePattern.Parse("*" + literal);
        var two = NamePattern.Parse("**" + literal);

        // Then both match the same names, with and without regard to case
        foreach (var ignoreCase in new[] { false, true })
        {
            names.Where(n => one.Matches(n, ignoreCase)).Should().Equal(names.Where(n => two.Matches(n, ignoreCase)), $"ignoring case is {ignoreCase}");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("Shop Orders")]
    public void Rejects_an_empty_pattern_or_one_with_white_space(string pattern) =>
        FluentActions.Invoking(() => NamePattern.Parse(pattern)).Should().Throw<FitnessKitException>().WithMessage("*is not a name pattern*");
}
