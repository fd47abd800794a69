using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;

namespace FitnessKit.ContextMapping;

/// <summary>
/// The bounded contexts of a system, each with what it owns and what it offers others (its contracts), plus an
/// optional shared kernel every context may use. A definition only: <see cref="Resolve"/> matches it against code.
/// </summary>
public sealed class ContextMap
{
    internal ContextMap(IReadOnlyList<BoundedContextDefinition> contexts, IReadOnlyList<NamePattern> kernelAssemblies, IReadOnlyList<NamePattern> kernelNamespaces, PersistenceDetection persistence)
        : this(contexts, kernelAssemblies, kernelNamespaces, persistence, MapKey.For(MapText.Of(contexts, kernelAssemblies, kernelNamespaces, persistence)), null)
    {
    }

    private ContextMap(IReadOnlyList<BoundedContextDefinition> contexts, IReadOnlyList<NamePattern> kernelAssemblies, IReadOnlyList<NamePattern> kernelNamespaces, PersistenceDetection persistence, MapKey key, ApprovedContracts? approved)
    {
        Contexts = contexts;
        SharedKernelAssemblies = kernelAssemblies;
        SharedKernelNamespaces = kernelNamespaces;
        Persistence = persistence;
        Key = key;
        ApprovedContracts = approved;
        CheckedKey = approved is null ? key : MapKey.For(MapText.With(key.Text, approved));
    }

    /// <summary>Gets the contexts, in the order they were defined.</summary>
    public IReadOnlyList<BoundedContextDefinition> Contexts { get; }

    /// <summary>Gets the patterns of the shared-kernel assemblies.</summary>
    public IReadOnlyList<NamePattern> SharedKernelAssemblies { get; }

    /// <summary>Gets the patterns of the shared-kernel namespaces.</summary>
    public IReadOnlyList<NamePattern> SharedKernelNamespaces { get; }

    /// <summary>Gets how persistence types are recognised.</summary>
    public PersistenceDetection Persistence { get; }

    /// <summary>Gets what FK013 (ContractCompatibility) compares the contracts with, or <see langword="null"/> when nothing is approved: then FK013 checks nothing.</summary>
    public ApprovedContracts? ApprovedContracts { get; }

    /// <summary>
    /// Gets what a code base keeps its decoding for this map under (<see cref="CodeBase"/> decodes once per map): the
    /// same key for every map built alike (<see cref="MapKey"/>), and for a copy with other approved contracts, which
    /// FK013 alone reads, so that comparing the contracts after a check decodes nothing again.
    /// </summary>
    internal MapKey Key { get; }

    /// <summary>
    /// Gets what a code base keeps this map's resolution and catalogs under (<see cref="Evaluation.CheckedMaps"/>):
    /// <see cref="Key"/>, with the approved contracts if any, as the resolved model names them to FK013 and the reports.
    /// </summary>
    internal MapKey CheckedKey { get; }

    /// <summary>Returns the same map with other approved contracts, such as an older build to compare with instead of the snapshots.</summary>
    /// <param name="approved">What to compare the contracts with; <see langword="null"/> for nothing.</param>
    /// <returns>A copy of the map.</returns>
    public ContextMap WithApprovedContracts(ApprovedContracts? approved) =>
        new(Contexts, SharedKernelAssemblies, SharedKernelNamespaces, Persistence, Key, approved);

    /// <summary>Starts defining a context map in code.</summary>
    /// <returns>A builder.</returns>
    public static ContextMapBuilder Define() => new();

    /// <summary>Matches the map against a code base: which assemblies and types each context owns, which are contracts, and what belongs to no context.</summary>
    /// <param name="codeBase">The inspected code.</param>
    /// <returns>The resolved contexts.</returns>
    /// <exception cref="FitnessKitException">A pattern matches nothing, an assembly or namespace is claimed by two contexts, or a contract lies outside its context.</exception>
    public ContextModel Resolve(CodeBase codeBase) => ContextResolver.Resolve(this, codeBase);
}
