using FitnessKit.Inspection;
using FitnessKit.Tests.Integrations;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Architecture;

/// <summary>The kit checked with itself: Mono.Cecil stays inside the loading layer and out of the public API of the kit and its packages.</summary>
public sealed class KitArchitectureTests
{
    private static readonly Lazy<CodeBase> Kit = new(() => CodeBase.Load(AssemblySource.AssembliesOf(typeof(CodeBase))));

    [Fact]
    public void Only_the_loading_layer_uses_Mono_Cecil()
    {
        var users = Kit.Value.Types
            .Where(t => t.Dependencies.Any(d => d.Target.Assembly.StartsWith("Mono.Cecil", StringComparison.Ordinal)))
            .ToList();

        users.Should().NotBeEmpty("the loading layer reads PDBs with Mono.Cecil");
        users.Should().OnlyContain(t => t.Name.Namespace == "FitnessKit.Loading", "Cecil stays inside the loading layer");
    }

    [Fact]
    public void No_public_signature_mentions_a_Mono_Cecil_type() =>
        PackageArchitectureTests.KitAndPackages.Value.Types
            .SelectMany(t => t.Dependencies)
            .Where(d => d.IsPublicSurface && d.Target.Assembly.StartsWith("Mono.Cecil", StringComparison.Ordinal))
            .Should().BeEmpty();

    [Fact]
    public void The_loading_layer_exposes_nothing_publicly() =>
        Kit.Value.Types.Where(t => t.Name.Namespace == "FitnessKit.Loading" && t.IsVisibleOutsideAssembly)
            .Should().BeEmpty("callers reach the loader through CodeBase and AssemblySource only");
}
