using FitnessKit.Loading;
using FitnessKit.Model;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// One sink collects the dependencies of every type of a thread's assemblies in turn: each type's are its own, once per
/// member, kind and target, whatever the types before it held, a large one among them.
/// </summary>
public sealed class DependencySinkTests
{
    private static readonly TypeName Large = new("Shop", "Shop.Orders", "OrderService");
    private static readonly TypeName Small = new("Shop", "Shop.Orders", "Order");
    private static readonly TypeName Next = new("Shop", "Shop.Orders", "OrderLine");

    [Fact]
    public void A_type_after_a_large_one_collects_its_own_dependencies_once_each()
    {
        var sink = new DependencySink();
        var targets = Enumerable.Range(0, 3_000).Select(i => new TypeName("Shipping", "Shipping.Domain", $"Parcel{i}")).ToArray();
        sink.Reset(Large);
        foreach (var target in targets)
        {
            sink.Add(target, DependencyKind.MethodCall, $"Ship{target.Name}", isPublicSurface: false, default);
        }

        sink.Count.Should().Be(targets.Length);

        sink.Reset(Small);
        sink.Add(targets[0], DependencyKind.MethodCall, $"Ship{targets[0].Name}", isPublicSurface: false, default);
        sink.Add(targets[0], DependencyKind.MethodCall, $"Ship{targets[0].Name}", isPublicSurface: false, default);
        sink.Add(targets[1], DependencyKind.FieldType, null, isPublicSurface: true, default);
        sink.Add(targets[1], DependencyKind.FieldType, "Parcel", isPublicSurface: true, default);

        sink.ToArray().Select(d => (d.Source, d.Member, d.Kind, d.Target)).Should().Equal(
            (Small, $"Ship{targets[0].Name}", DependencyKind.MethodCall, targets[0]),
            (Small, null, DependencyKind.FieldType, targets[1]),
            (Small, "Parcel", DependencyKind.FieldType, targets[1]));

        sink.Reset(Next);
        sink.Add(targets[0], DependencyKind.MethodCall, $"Ship{targets[0].Name}", isPublicSurface: false, default);

        sink.ToArray().Should().ContainSingle().Which.Source.Should().BeSameAs(Next);
    }
}
