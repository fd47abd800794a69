using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Rules.ContractCompatibility;

namespace FitnessKit.Evaluation;

/// <summary>
/// The contracts of a context map and their approved snapshots (FK013, ContractCompatibility), from code: approve the
/// contracts as they are (the files <c>fitnesskit contracts approve</c> writes, by the same code), or compare them with
/// the approved snapshots and get the result as a value.
/// </summary>
public static class ContractSnapshots
{
    /// <summary>Writes the snapshot of each contract of the map into a folder (each file whole, only in that folder) and removes the snapshots of contracts that are gone.</summary>
    /// <param name="codeBase">The inspected code.</param>
    /// <param name="map">The context map, whose contracts are approved.</param>
    /// <param name="directory">The snapshot folder, created if missing; <see langword="null"/> for the map's (<see cref="ContextMapBuilder.ApprovedContracts"/>, <c>"contractSnapshots"</c> in fitness.json). A relative path is relative to the current directory.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="FitnessKitException">No folder is given or named by the map, the map declares no contract, the map does not fit the code, or a file cannot be written.</exception>
    public static ContractApprovalResult Approve(CodeBase codeBase, ContextMap map, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(codeBase);
        ArgumentNullException.ThrowIfNull(map);
        var folder = Path.GetFullPath(directory ?? map.ApprovedContracts?.SnapshotDirectory
            ?? throw new FitnessKitException("No folder to write the contract snapshots into: name one, or give the context map one with ApprovedContracts(ApprovedContracts.Snapshots(folder)) (\"contractSnapshots\" in fitness.json)."));
        var (written, unchanged, removed) = ContractApproval.Approve(map.Resolve(codeBase), folder);
        return new ContractApprovalResult(folder, written, unchanged, removed);
    }

    /// <summary>Loads the assemblies and approves the contracts of the map, as <see cref="Approve(CodeBase, ContextMap, string?)"/>.</summary>
    /// <param name="source">The assemblies to inspect.</param>
    /// <param name="map">The context map, whose contracts are approved.</param>
    /// <param name="directory">The snapshot folder; <see langword="null"/> for the map's.</param>
    /// <returns>What was written.</returns>
    /// <exception cref="FitnessKitException">The assemblies cannot be read, or the approval fails.</exception>
    public static ContractApprovalResult Approve(AssemblySource source, ContextMap map, string? directory = null) =>
        Approve(CodeBase.Load(source), map, directory);

    /// <summary>Compares each contract of the map with its approved snapshot (FK013 alone, at its default severity): breaking changes with the contexts that use the changed types, additive changes, and contracts with no snapshot yet.</summary>
    /// <param name="codeBase">The inspected code.</param>
    /// <param name="map">The context map.</param>
    /// <param name="directory">The snapshot folder; <see langword="null"/> for what the map approves (<see cref="ContextMap.ApprovedContracts"/>: snapshots, or an older build). A folder that does not exist holds no snapshot: every contract is then not approved.</param>
    /// <returns>The comparison, as a value.</returns>
    /// <exception cref="FitnessKitException">No folder is given and the map approves no contracts, the map declares no contract, the map does not fit the code, or a snapshot cannot be read (the message names the file and line).</exception>
    public static ContractCompatibilityReport Compare(CodeBase codeBase, ContextMap map, string? directory = null)
    {
        ArgumentNullException.ThrowIfNull(codeBase);
        ArgumentNullException.ThrowIfNull(map);
        var approved = directory is not null ? ApprovedContracts.Snapshots(directory) : map.ApprovedContracts
            ?? throw new FitnessKitException("No approved contracts to compare with: name the snapshot folder, or give the context map one with ApprovedContracts(ApprovedContracts.Snapshots(folder)) (\"contractSnapshots\" in fitness.json).");
        var report = FitnessCheck.Evaluate(codeBase, map.WithApprovedContracts(approved), [RuleCatalog.Get(RuleCatalog.ContractCompatibility.Id)]);
        return ContractCompatibilityReport.Of(report);
    }

    /// <summary>Loads the assemblies and compares the contracts of the map with their approved snapshots, as <see cref="Compare(CodeBase, ContextMap, string?)"/>.</summary>
    /// <param name="source">The assemblies to inspect.</param>
    /// <param name="map">The context map.</param>
    /// <param name="directory">The snapshot folder; <see langword="null"/> for what the map approves.</param>
    /// <returns>The comparison, as a value.</returns>
    /// <exception cref="FitnessKitException">The assemblies cannot be read, or the comparison fails.</exception>
    public static ContractCompatibilityReport Compare(AssemblySource source, ContextMap map, string? directory = null) =>
        Compare(CodeBase.Load(source), map, directory);
}
