using System.Globalization;
using EFCore.NamingConventions.Internal;
using FitnessKit.Tables;
using NamingConvention = FitnessKit.Tables.NamingConvention;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The table names EFCore.NamingConventions writes, against its own rewriters as the oracle (the Returns subject checks
/// the whole model against EF Core's): names of every shape a DbSet, a type or a join gives, acronyms, digits,
/// underscores and the characters a generic or nested type's name may hold.
/// </summary>
public sealed class NamingConventionTests
{
    public static TheoryData<string> Names() => new(
        "Orders", "OrderLines", "RMAStatus2Code", "HTMLPage", "Address2Line", "ReturnReasonReturnRequest", "already_snake",
        "Order_Lines", "IOrders", "A", "ABC", "Type1000Lines", "X2Y", "ÉtatCivil", "Order Lines", "Orders-2024", "__Hidden", "Ümlaut_Ärger");

    public static TheoryData<string, string> Conventions() => new()
    {
        { "UseSnakeCaseNamingConvention", "snake case" },
        { "UseLowerCaseNamingConvention", "lower case" },
        { "UseUpperCaseNamingConvention", "upper case" },
        { "UseUpperSnakeCaseNamingConvention", "upper snake case" },
        { "UseCamelCaseNamingConvention", "camel case" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Writes_each_name_as_EFCore_NamingConventions_does(string name)
    {
        NamingConvention.Of("UseSnakeCaseNamingConvention")!.Rewrite(name).Should().Be(new SnakeCaseNameRewriter(CultureInfo.InvariantCulture).RewriteName(name));
        NamingConvention.Of("UseUpperSnakeCaseNamingConvention")!.Rewrite(name).Should().Be(new UpperSnakeCaseNameRewriter(CultureInfo.InvariantCulture).RewriteName(name));
        NamingConvention.Of("UseLowerCaseNamingConvention")!.Rewrite(name).Should().Be(new LowerCaseNameRewriter(CultureInfo.InvariantCulture).RewriteName(name));
        NamingConvention.Of("UseUpperCaseNamingConvention")!.Rewrite(name).Should().Be(new UpperCaseNameRewriter(CultureInfo.InvariantCulture).RewriteName(name));
        NamingConvention.Of("UseCamelCaseNamingConvention")!.Rewrite(name).Should().Be(new CamelCaseNameRewriter(CultureInfo.InvariantCulture).RewriteName(name));
    }

    [Theory]
    [MemberData(nameof(Conventions))]
    public void Knows_each_convention_by_the_method_that_sets_it(string method, string style)
    {
        NamingConvention.Of(method).Should().NotBeNull().And.Subject.As<NamingConvention>().Style.Should().Be(style);
    }

    [Fact]
    public void Knows_no_convention_by_another_method()
    {
        NamingConvention.Of("UseNpgsql").Should().BeNull();
    }
}
