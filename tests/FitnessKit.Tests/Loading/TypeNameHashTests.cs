using FitnessKit.Model;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// Type names key the tables every rule looks targets up in. A name that stands for a whole assembly (no namespace, no
/// name, as the rules ask about an assembly reference) must hash by its assembly: with one hash for all of them, a
/// check over thousands of assemblies looked each up in a list of all the others.
/// </summary>
public sealed class TypeNameHashTests
{
    [Fact]
    public void Names_of_whole_assemblies_hash_apart()
    {
        var hashes = Enumerable.Range(0, 1000).Select(i => new TypeName($"Synth.C{i:D4}.Domain", string.Empty, string.Empty).GetHashCode());

        hashes.Distinct().Should().HaveCountGreaterThan(990);
    }

    [Fact]
    public void The_name_of_an_assembly_equals_and_hashes_as_itself_in_another_case()
    {
        var lower = new TypeName("shop.orders", string.Empty, string.Empty);
        var upper = new TypeName("Shop.Orders", string.Empty, string.Empty);

        upper.Should().Be(lower);
        upper.GetHashCode().Should().Be(lower.GetHashCode());
    }

    [Fact]
    public void A_type_and_its_assembly_are_different_names()
    {
        var assembly = new TypeName("Shop.Orders", string.Empty, string.Empty);
        var type = new TypeName("Shop.Orders", "Shop.Orders", "Order");

        type.Should().NotBe(assembly);
        new HashSet<TypeName> { assembly, type }.Should().HaveCount(2);
    }
}
