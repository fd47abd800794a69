using FitnessKit.Evaluation;

namespace FitnessKit.FluentAssertions;

/// <summary>What a failed contract assertion says it found, and the comparison it quotes.</summary>
internal static class ContractFailure
{
    public static Description Found(ContractCompatibilityReport? contracts)
    {
        if (contracts is null)
        {
            return new Description(string.Empty);
        }

        var parts = new List<string>();
        if (contracts.BreakingChanges.Count > 0)
        {
            parts.Add(contracts.BreakingChanges.Count == 1 ? "1 breaking change" : $"{contracts.BreakingChanges.Count} breaking changes");
        }

        if (contracts.NotApproved.Count > 0)
        {
            parts.Add(contracts.NotApproved.Count == 1 ? "1 contract with no approved snapshot" : $"{contracts.NotApproved.Count} contracts with no approved snapshot");
        }

        return new Description(string.Join(" and ", parts));
    }

    public static Description Quote(ContractCompatibilityReport? contracts) =>
        new(contracts is null ? string.Empty : Environment.NewLine + contracts.Describe().TrimEnd());
}
