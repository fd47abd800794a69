using System.Reflection;
using System.Runtime.CompilerServices;
using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Model;

/// <summary>
/// What a check keeps of each type's dependencies is stored packed, without the source (the type itself), without the
/// token of the type the code is in, and with the kind, the flag and the method's row in one number
/// (<see cref="KeptDependencies"/>): read back, each dependency is the one that was kept, every field of it, in the same
/// order, however it is read.
/// </summary>
public sealed class KeptDependenciesTests
{
    private static readonly Lazy<List<InspectedType>> DecodedTypes = new(() =>
    {
        var config = FitnessConfig.Load(Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json"));
        var code = CodeBase.Load(config.Assemblies);
        code.DecodeAll();
        return [.. code.Assemblies.SelectMany(a => a.Types)];
    });

    [Fact]
    public void Gives_back_every_field_of_every_dependency_it_kept_in_order_by_index_enumeration_and_copy()
    {
        var types = DecodedTypes.Value;
        types.Sum(t => t.Dependencies.Count).Should().BeGreaterThan(100, "the broken sample's types depend on many types");
        foreach (var type in types)
        {
            var dependencies = type.Dependencies.ToArray();
            var kept = new KeptDependencies(DependencyView.All, type.Name, dependencies, []);

            var expected = dependencies.Select(Said).ToList();
            kept.Should().HaveCount(dependencies.Length);
            Enumerable.Range(0, kept.Count).Select(i => Said(kept[i])).Should().Equal(expected, "{0} reads back by index", type.FullName);
            kept.Select(Said).Should().Equal(expected, "{0} reads back in order", type.FullName);
            kept.ToArray().Select(Said).Should().Equal(expected, "{0} copies out whole", type.FullName);
            kept.Where(d => d.IsPublicSurface).Select(Said).Should().Equal(dependencies.Where(d => d.IsPublicSurface).Select(Said));
        }
    }

    [Fact]
    public void Hands_every_type_a_view_keeps_nothing_of_one_empty_list_and_keeps_apart_calls_recorded_or_not()
    {
        var view = new DependencyView();
        var (owner, other) = TwoTypesWithDependencies();

        var notRecorded = KeptDependencies.Of(view, owner.Name, [], []);
        var noneFound = KeptDependencies.Of(view, owner.Name, [], [], []);

        KeptDependencies.Of(view, other.Name, [], []).Should().BeSameAs(notRecorded);
        KeptDependencies.Of(view, other.Name, [], [], []).Should().BeSameAs(noneFound);
        notRecorded.Should().BeEmpty();
        notRecorded.ForeignCalls.Should().BeNull("no call to another context was looked for");
        noneFound.ForeignCalls.Should().NotBeNull().And.BeEmpty("they were looked for and none was found");
        notRecorded.View.Should().BeSameAs(view);
        KeptDependencies.Of(new DependencyView(), owner.Name, [], []).Should().NotBeSameAs(notRecorded, "each view has its own");
        KeptDependencies.Of(view, owner.Name, owner.Dependencies.ToArray(), []).Should().HaveCount(owner.Dependencies.Count);
    }

    [Fact]
    public void Refuses_a_dependency_of_another_type_naming_both()
    {
        var (owner, other) = TwoTypesWithDependencies();

        var keep = () => new KeptDependencies(DependencyView.All, owner.Name, other.Dependencies.ToArray(), []);

        keep.Should().Throw<ArgumentException>().Which.Message.Should().Contain(other.FullName).And.Contain(owner.FullName);
    }

    [Fact]
    public void Is_a_read_only_list_that_finds_what_it_holds()
    {
        var (owner, other) = TwoTypesWithDependencies();
        IList<TypeDependency> kept = new KeptDependencies(DependencyView.All, owner.Name, owner.Dependencies.ToArray(), []);
        var first = owner.Dependencies[0];

        kept.IsReadOnly.Should().BeTrue();
        kept.Contains(first).Should().BeTrue();
        kept.IndexOf(first).Should().Be(0);
        kept.Contains(other.Dependencies[0]).Should().BeFalse();
        kept.Invoking(k => k.Add(first)).Should().Throw<NotSupportedException>();
        kept.Invoking(k => k[0] = first).Should().Throw<NotSupportedException>();
        kept.Invoking(k => k.RemoveAt(0)).Should().Throw<NotSupportedException>();
        kept.Invoking(k => k.Clear()).Should().Throw<NotSupportedException>();
        new KeptDependencies(DependencyView.All, owner.Name, [], []).Should().BeEmpty();
    }

    [Fact]
    public void Stores_a_kept_dependency_in_24_bytes_where_a_whole_one_takes_48()
    {
        var packed = typeof(KeptDependencies).GetNestedType("Kept", BindingFlags.NonPublic)!;

        SizeOf(packed).Should().Be(24);
        SizeOf(typeof(TypeDependency)).Should().Be(48);
    }

    [Fact]
    public void Gives_back_every_kind_and_anchor_whole_also_anchors_in_another_type_or_of_another_table()
    {
        var (owner, _) = TwoTypesWithDependencies();
        var target = owner.Dependencies[0].Target;
        var kinds = Enum.GetValues<DependencyKind>();
        TypeDependency At(int i, CodeAnchor anchor) => new(owner.Name, $"Member{i}", kinds[i % kinds.Length], target, i % 2 == 0, anchor);
        const int TypeToken = 0x02000005;
        TypeDependency[] packs = [.. kinds.Select((_, i) => At(i, CodeAnchor.ForMethod(TypeToken, 0x06000000 | (i + 1), i * 7))),
            At(kinds.Length, CodeAnchor.ForType(TypeToken)), At(kinds.Length + 1, CodeAnchor.ForMethod(TypeToken, 0x06FFFFFF, int.MaxValue))];
        TypeDependency[] inAnotherType = [.. packs, At(2, CodeAnchor.ForMethod(0x02000009, 0x06000001, 3))];
        TypeDependency[] noType = [.. packs, At(3, default)];
        TypeDependency[] ofAnotherTable = [.. packs, At(4, new CodeAnchor(0x0A000001, 4, TypeToken))];

        foreach (var dependencies in new[] { packs, inAnotherType, noType, ofAnotherTable })
        {
            var kept = new KeptDependencies(DependencyView.All, owner.Name, dependencies, []);

            kept.Select(Said).Should().Equal(dependencies.Select(Said));
            Enumerable.Range(0, kept.Count).Select(i => Said(kept[i])).Should().Equal(dependencies.Select(Said));
        }
    }

    private static int SizeOf(Type type) =>
        (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;

    private static (InspectedType Owner, InspectedType Other) TwoTypesWithDependencies()
    {
        var withDependencies = DecodedTypes.Value.Where(t => t.Dependencies.Count > 0).ToList();
        return (withDependencies[0], withDependencies.First(t => !t.Name.Equals(withDependencies[0].Name)));
    }

    private static string Said(TypeDependency d) => $"{d.Source} {d.Member} {d.Kind} {d.Target} {d.IsPublicSurface} {d.Anchor}";
}
