using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.Contracts;

namespace FitnessKit.Tests.TestSupport;

/// <summary>
/// The contract subject as the test packages see it: context Sales owns FitnessKit.Subjects.Contracts (V2 in the code)
/// and Shipping uses it; the approved snapshot is V1's (21 breaking changes, 6 additive) or V2's own (no change).
/// </summary>
internal static class ContractSubject
{
    private static readonly Lazy<CodeBase> CurrentCode = new(() => CodeBase.Load(AssemblySource.Folder(ContractBuilds.ConsumerFolder, "FitnessKit.Subjects.Contracts*.dll")));

    /// <summary>Gets V2 with its consumer, loaded once.</summary>
    public static CodeBase Current => CurrentCode.Value;

    /// <summary>Gets the map: Sales owns the contract, Shipping consumes it.</summary>
    public static ContextMap Map { get; } = ContextMap.Define()
        .Context("Sales", c => c.Assemblies(ContractBuilds.Assembly).Contracts(ContractBuilds.Assembly))
        .Context("Shipping", c => c.Assemblies(ContractBuilds.Assembly + ".Consumer"))
        .Build();

    /// <summary>Gets the name of the contract's snapshot file.</summary>
    public static string SnapshotFile => ContractBuilds.Assembly + ".contract.txt";

    /// <summary>Writes a fitness.json of the same map into a folder, with the snapshot folder named relative to it.</summary>
    /// <returns>The file.</returns>
    public static FileInfo Configuration(string folder, string snapshots = "contracts")
    {
        var path = Path.Combine(folder, "fitness.json");
        File.WriteAllText(path, $$"""
            {
              "assemblies": ["{{ContractBuilds.ConsumerFolder.Replace('\\', '/')}}/FitnessKit.Subjects.Contracts*.dll"],
              "contractSnapshots": "{{snapshots}}",
              "contexts": [
                { "name": "Sales", "assemblies": ["FitnessKit.Subjects.Contracts"], "contracts": ["FitnessKit.Subjects.Contracts"] },
                { "name": "Shipping", "assemblies": ["FitnessKit.Subjects.Contracts.Consumer"] }
              ]
            }
            """);
        return new FileInfo(path);
    }

    /// <summary>Approves one build of the contract alone into a folder, as its owner did before the consumer existed.</summary>
    public static ContractApprovalResult Approve(string build, string folder) =>
        ContractSnapshots.Approve(CodeBase.Load(AssemblySource.Files(build)), ContextMap.Define().Context("Sales", c => c.Assemblies(ContractBuilds.Assembly).Contracts(ContractBuilds.Assembly)).Build(), folder);
}
