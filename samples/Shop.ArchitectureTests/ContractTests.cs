using FitnessKit.Xunit;
using Xunit;
using Xunit.Abstractions;

namespace Shop.ArchitectureTests;

/// <summary>
/// FitnessKit.Xunit on the Shop's contracts (FK013): each is compared with its snapshot committed in samples/Shop/contracts,
/// the folder that `fitnesskit contracts approve --config samples/Shop/fitness.json` writes. Run with
/// FITNESSKIT_APPROVE_CONTRACTS=1 to write the snapshots again.
/// </summary>
#region xunit-contracts-compatible
public sealed class ContractTests(ITestOutputHelper output)
{
    [Fact]
    public void Contracts_stay_compatible_with_their_approved_snapshots() =>
        FitnessAssert.ContractsCompatible(Shop.Assemblies, Shop.Map, "../Shop/contracts", output);
}
#endregion
