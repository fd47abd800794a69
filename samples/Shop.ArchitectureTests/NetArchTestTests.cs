using FitnessKit.NetArchTest;
using FitnessKit.Rules;
using NetArchTest.Rules;
using Xunit;

namespace Shop.ArchitectureTests;

/// <summary>
/// FitnessKit.NetArchTest: the kit's detection inside NetArchTest's fluent checks. NetArchTest never shows a check a
/// type whose namespace starts with System or Microsoft.
/// </summary>
public sealed class NetArchTestTests
{
    private static readonly Lazy<FitnessTypes> Kit = new(() => FitnessTypes.Load(Shop.Assemblies, Shop.Map));

    [Fact]
    public void Persistence_types_are_not_public()
    {
        var result = Types.FromPath(Shop.Bin).That().ArePersistenceTypes(Kit.Value).Should().NotBePublic().GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Contexts_use_each_other_only_through_contracts()
    {
        var result = Types.FromPath(Shop.Bin).Should().FollowRule(Kit.Value, RuleCatalog.ContractsOnly).GetResult();

        Assert.True(result.IsSuccessful, Kit.Value.Explain(result, RuleCatalog.ContractsOnly).Describe());
    }
}
