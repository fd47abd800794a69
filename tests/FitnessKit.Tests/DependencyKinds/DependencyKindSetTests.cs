using FitnessKit.Model;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.DependencyKinds;

/// <summary>The kinds a violation lists are each kind once, in the enum's order, whatever order and repetition the dependencies come in.</summary>
public sealed class DependencyKindSetTests
{
    private static readonly TypeName Source = new("Orders", "Orders.Domain", "Order");
    private static readonly TypeName Target = new("Shipping", "Shipping.Domain", "Parcel");

    [Fact]
    public void Every_kind_fits_in_the_set()
    {
        var all = Enum.GetValues<DependencyKind>();

        var kinds = DependencyKindSet.Of(all.Reverse().Concat(all).Select(Dependency));

        kinds.Should().Equal(all.Distinct().Order());
    }

    [Fact]
    public void Repeated_kinds_are_listed_once_in_enum_order()
    {
        var kinds = DependencyKindSet.Of(new[] { DependencyKind.MethodCall, DependencyKind.BaseType, DependencyKind.MethodCall, DependencyKind.Attribute }.Select(Dependency));

        kinds.Should().Equal(DependencyKind.BaseType, DependencyKind.MethodCall, DependencyKind.Attribute);
    }

    [Fact]
    public void The_same_kinds_are_one_list_that_no_holder_can_change()
    {
        var first = DependencyKindSet.Of(new[] { DependencyKind.MethodCall, DependencyKind.Attribute }.Select(Dependency));
        var second = DependencyKindSet.Of(new[] { DependencyKind.Attribute, DependencyKind.MethodCall, DependencyKind.Attribute }.Select(Dependency));

        second.Should().BeSameAs(first);
        first.Should().NotBeAssignableTo<DependencyKind[]>().And.NotBeAssignableTo<List<DependencyKind>>();
        ((ICollection<DependencyKind>)first).IsReadOnly.Should().BeTrue();
        DependencyKindSet.Of(new[] { DependencyKind.MethodCall }.Select(Dependency)).Should().NotBeSameAs(first).And.Equal(DependencyKind.MethodCall);
    }

    [Fact]
    public void No_dependencies_have_no_kinds() => DependencyKindSet.Of([]).Should().BeEmpty();

    private static TypeDependency Dependency(DependencyKind kind) => new(Source, "Ship", kind, Target, isPublicSurface: false, default);
}
