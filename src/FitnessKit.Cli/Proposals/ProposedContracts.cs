namespace FitnessKit.Cli.Proposals;

/// <summary>The contracts of a proposed context: assemblies or namespaces named as contracts, and why each namespace that looked like one is or is not.</summary>
internal sealed record ProposedContracts(IReadOnlyList<string> Assemblies, IReadOnlyList<string> Namespaces, IReadOnlyList<string> Reasons)
{
    public bool IsEmpty => Assemblies.Count == 0 && Namespaces.Count == 0;
}
