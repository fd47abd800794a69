using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using Xunit.Abstractions;

namespace FitnessKit.Xunit;

/// <summary>
/// How <see cref="FitnessAssert.ContractsCompatible(CodeBase, ContextMap, string?, ITestOutputHelper?, string)"/>
/// decides: with <c>FITNESSKIT_APPROVE_CONTRACTS=1</c> it first approves the contracts (writes their snapshots), as
/// the repository's own snapshot tests do with <c>FITNESSKIT_APPROVE=1</c>; never otherwise. Then it compares them
/// with the snapshots, applies the baseline and writes the reports through <see cref="ReportGate"/>, writes the
/// comparison (additive changes included) to the test output, and fails on a breaking change or a contract not approved.
/// </summary>
internal static class ContractGate
{
    /// <summary>Set to <c>1</c> (or <c>true</c>) to write the snapshots of the contracts as they are, instead of failing on their changes.</summary>
    public const string ApproveVariable = "FITNESSKIT_APPROVE_CONTRACTS";

    public static void Enforce(CodeBase codeBase, ContextMap map, string? directory, ITestOutputHelper? output, Func<string, string?> environment)
    {
        var approval = Approving(environment) ? ContractSnapshots.Approve(codeBase, map, directory).Describe() + Environment.NewLine : string.Empty;
        var (report, reports) = ReportGate.Prepare(ContractSnapshots.Compare(codeBase, map, directory).Report, environment);
        var contracts = ContractCompatibilityReport.Of(report);
        var description = approval + contracts.Describe() + reports;
        if (!contracts.IsCompatible)
        {
            description += Environment.NewLine + HowToApprove(contracts);
        }

        output?.WriteLine(description);
        if (!contracts.IsCompatible)
        {
            throw new FitnessAssertException(report, description, nameof(FitnessAssert.ContractsCompatible));
        }
    }

    private static bool Approving(Func<string, string?> environment) =>
        environment(ApproveVariable)?.Trim() is { } value && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static string HowToApprove(ContractCompatibilityReport contracts)
    {
        var folder = contracts.ApprovedContracts.SnapshotDirectory;
        var where = folder is null ? "into a snapshot folder" : $"into {folder}";
        return contracts.BreakingChanges.Count > 0
            ? $"If every consumer moves with these changes, approve them: run this test once with {ApproveVariable}=1 (or `fitnesskit contracts approve`), which writes the snapshots {where}, and commit them.{Environment.NewLine}"
            : $"Approve the contracts: run this test once with {ApproveVariable}=1 (or `fitnesskit contracts approve`), which writes their snapshots {where}, and commit them.{Environment.NewLine}";
    }
}
