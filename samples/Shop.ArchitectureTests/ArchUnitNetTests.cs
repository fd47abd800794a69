using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using FitnessKit.ArchUnitNET;
using Xunit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Shop.ArchitectureTests;

/// <summary>FitnessKit.ArchUnitNET: the kit's rules and model next to ArchUnitNET's own rules.</summary>
public sealed class ArchUnitNetTests
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Architecture = new(() =>
        new ArchLoader().LoadFilteredDirectory(Shop.Bin, "Shop.*.dll").Build());

    [Fact]
    public void Contexts_own_their_data() => FitnessRules.All(Shop.Map).LocatedIn(Shop.Bin).Check(Architecture.Value);

    [Fact]
    public void Persistence_types_are_not_public() =>
        Types().That().FollowCustomPredicate(FitnessPredicates.PersistenceTypes().LocatedIn(Shop.Bin))
            .Should().NotBePublic()
            .Check(Architecture.Value);

    [Fact]
    public void Orders_does_not_depend_on_Billing() =>
        Types().That().FollowCustomPredicate(FitnessPredicates.OwnedBy(Shop.Map, "Orders").LocatedIn(Shop.Bin))
            .Should().NotDependOnAny(Types().That().FollowCustomPredicate(FitnessPredicates.OwnedBy(Shop.Map, "Billing").LocatedIn(Shop.Bin)))
            .Check(Architecture.Value);
}
