using FitnessKit.ArchUnitNET;
using FitnessKit.FluentAssertions;
using FitnessKit.NetArchTest;
using FitnessKit.Xunit;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Integrations;

/// <summary>The four packages checked with the kit itself: Mono.Cecil, which NetArchTest's custom rules take, stays out of their public API.</summary>
public sealed class PackageArchitectureTests
{
    private static readonly Lazy<CodeBase> Packages = new(() => CodeBase.Load(AssemblySource.AssembliesOf(
        typeof(FitnessAssert), typeof(FitnessReportAssertions), typeof(FitnessRules), typeof(FitnessTypes))));

    [Fact]
    public void Only_the_NetArchTest_package_uses_Mono_Cecil_and_only_in_one_internal_type()
    {
        var users = Packages.Value.Types
            .Where(t => !t.Name.IsCompilerGenerated && t.Dependencies.Any(d => d.Target.Assembly.StartsWith("Mono.Cecil", StringComparison.Ordinal)))
            .ToList();

        users.Select(t => t.FullName).Should().Equal("FitnessKit.NetArchTest.TypeRule");
        users.Should().OnlyContain(t => !t.IsVisibleOutsideAssembly);
    }

    [Fact]
    public void No_public_signature_mentions_a_Mono_Cecil_type() =>
        Packages.Value.Types
            .SelectMany(t => t.Dependencies)
            .Where(d => d.IsPublicSurface && d.Target.Assembly.StartsWith("Mono.Cecil", StringComparison.Ordinal))
            .Should().BeEmpty();
}
