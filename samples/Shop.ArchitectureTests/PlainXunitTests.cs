using FitnessKit.Inspection;
using FitnessKit.Xunit;
using Xunit;
using Xunit.Abstractions;

namespace Shop.ArchitectureTests;

/// <summary>FitnessKit.Xunit: one assertion for every rule, or one test case per rule.</summary>
#region xunit-test-class
public sealed class PlainXunitTests(ITestOutputHelper output)
{
    private static readonly Lazy<CodeBase> Code = new(() => CodeBase.Load(Shop.Assemblies));

    [Fact]
    public void Contexts_own_their_data() => FitnessAssert.NoViolations(Code.Value, Shop.Map, output);

    [Theory]
    [CatalogRules]
    public void Rule_holds(CatalogRule rule) => FitnessAssert.NoViolations(Code.Value, Shop.Map, rule, output);
}
#endregion
