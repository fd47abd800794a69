namespace FitnessKit.Contracts;

/// <summary>
/// The public surface of one contract: the types of a contract assembly (or of a context's contract namespaces in an
/// assembly it shares) that consumers can see, with their members, ordered by name.
/// </summary>
/// <param name="Name">The contract's name: the assembly's name, or <c>Assembly.Context</c> for contract namespaces; also the snapshot file's name without <c>.contract.txt</c>.</param>
/// <param name="Types">The visible types, ordered by full name.</param>
internal sealed record ContractSurface(string Name, IReadOnlyList<ContractType> Types)
{
    /// <summary>Gets the extension of a snapshot file.</summary>
    public const string SnapshotExtension = ".contract.txt";

    /// <summary>Gets the snapshot file's name.</summary>
    public string FileName => Name + SnapshotExtension;
}
