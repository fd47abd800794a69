namespace FitnessKit.Cli.Proposals;

/// <summary>A bounded context the proposal found, with the reasons for its assemblies and its contracts.</summary>
internal sealed record ProposedContext
{
    public required string Name { get; init; }

    /// <summary>Gets the assemblies it holds now.</summary>
    public required IReadOnlyList<string> Assemblies { get; init; }

    /// <summary>Gets the patterns written to the map: the name stem and <c>.**</c>, or the assemblies themselves when the stem would also claim an assembly placed elsewhere.</summary>
    public required IReadOnlyList<string> AssemblyPatterns { get; init; }

    /// <summary>Gets the namespace patterns written to the map instead of assemblies, for modules one assembly holds as namespaces (<see cref="NamespaceModules"/>); empty otherwise.</summary>
    public IReadOnlyList<string> Namespaces { get; init; } = [];

    /// <summary>Gets why these assemblies form one context.</summary>
    public required string Reason { get; init; }

    public required ProposedContracts Contracts { get; init; }

    /// <summary>Gets the database its DbContexts connect to when they connect to databases of their own (<see cref="ProposedDatabases"/>), or <see langword="null"/>.</summary>
    public string? Database { get; init; }

    /// <summary>Gets why <see cref="Database"/> is proposed: where the code says its DbContexts connect.</summary>
    public string? DatabaseReason { get; init; }
}
