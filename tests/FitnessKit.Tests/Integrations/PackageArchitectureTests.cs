using FitnessKit.ArchUnitNET;
using FitnessKit.FluentAssertions;
using FitnessKit.Inspection;
using FitnessKit.NetArchTest;
using FitnessKit.Xunit;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Integrations;

/// <summary>The four packages checked with the kit itself: Mono.Cecil, which NetArchTest's custom rules take, stays inside one internal type (a finer rule than the layer map in fitness.json, which only says the NetArchTest package may use it).</summary>
public sealed class PackageArchitectureTests
{
    /// <summary>Gets the four packages.</summary>
    internal static Lazy<CodeBase> Packages { get; } = new(() => CodeBase.Load(AssemblySource.AssembliesOf(
        typeof(FitnessAssert), typeof(FitnessReportAssertions), typeof(FitnessRules), typeof(FitnessTypes))));

    [Fact]
    public void Only_the_NetArchTest_package_uses_Mono_Cecil_and_only_in_one_internal_type()
    {
        var users = Packages.Value.Types
            .Where(t => !t.Name.IsCompilerGenerated && t.Dependencies.Any(d => d.Target.Assembly is "Mono.Cecil" or "Mono.Cecil.Pdb" or "Mono.Cecil.Mdb" or "Mono.Cecil.Rocks"))
            .ToList();

        users.Select(t => t.FullName).Should().Equal("FitnessKit.NetArchTest.TypeRule");
        users.Should().OnlyContain(t => !t.IsVisibleOutsideAssembly);
    }
}
