using System.Collections.Concurrent;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.ContextMapping;

/// <summary>A <see cref="ContextMap"/> matched against a <see cref="CodeBase"/>: which context owns each type, which types are contracts, what belongs to the shared kernel, and what belongs to no context.</summary>
public sealed class ContextModel
{
    private readonly TypeOwners _typeOwners;
    private readonly ConcurrentDictionary<string, BoundedContext?> _assemblyOwners = new(StringComparer.OrdinalIgnoreCase);
    // Asked for every dependency target while assemblies are decoded in parallel, with a lock per few buckets: sized for
    // the contexts' types, so that it seldom grows (growing takes every lock and makes every entry again). Only for a
    // map with namespace patterns (or with the shortcuts off).
    private readonly ConcurrentDictionary<TypeName, BoundedContext?>? _targetOwners;
    // In a map without namespace patterns a name's context is its assembly's (FindContextOf's answer then), asked by the
    // very string the name holds: decoding meets a few of those for each assembly it reads, where a table by name held
    // an entry for every name met (211,000, 12 MB, at 3,000 assemblies).
    private readonly ConcurrentDictionary<string, BoundedContext?> _ownersByAssemblyString = new(ReferenceEqualityComparer.Instance);
    private readonly Func<string, BoundedContext?> _assemblyOwner;
    private readonly Func<string, BoundedContext?> _assemblyPatternOwner;
    private readonly HashSet<string> _assemblyLevelOwned;
    private readonly PatternIndex<BoundedContext> _byAssembly = new(ignoreCase: true);
    private readonly PatternIndex<BoundedContext> _byNamespace = new(ignoreCase: false);
    private readonly Dictionary<string, BoundedContext> _byName = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyList<InspectedType>> _unownedTypes;
    private readonly IReadOnlyList<InspectedAssembly> _unownedAssemblies;
    private readonly Func<InspectedType, bool> _isUnowned;
    private readonly Lazy<HashSet<string>> _judgedAssemblies;
    private Func<TypeName, BoundedContext?>? _findContextOf;

    /// <summary>Gets how the check over this model reads the types' dependencies: all of them, or what it kept of them (<see cref="DependencyView"/>).</summary>
    internal DependencyView View { get; set; } = DependencyView.All;

    internal ContextModel(ContextMap map, CodeBase codeBase, IReadOnlyList<BoundedContext> contexts, TypeOwners typeOwners, HashSet<string> assemblyLevelOwned, IReadOnlyList<string> sharedKernel, IReadOnlyList<InspectedAssembly> unownedAssemblies, Func<InspectedType, bool> isUnowned)
    {
        Map = map;
        CodeBase = codeBase;
        Contexts = contexts;
        _typeOwners = typeOwners;
        _assemblyOwner = AssemblyOwner;
        _assemblyPatternOwner = name => _byAssembly.ValuesOf(name).FirstOrDefault();
        _assemblyLevelOwned = assemblyLevelOwned;
        SharedKernelAssemblies = sharedKernel;
        // Read only if asked for: the assemblies in no context are mostly packages and the runtime.
        _unownedTypes = new(() => [.. unownedAssemblies.SelectMany(a => a.Types).Where(isUnowned)]);
        _unownedAssemblies = unownedAssemblies;
        _isUnowned = isUnowned;
        _judgedAssemblies = new(() => codeBase.Assemblies.Where(a => a.IsFirstParty).Select(a => a.Name)
            .Concat(contexts.SelectMany(c => c.Assemblies).Select(a => a.Name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase));
        UnownedAssemblies = [.. unownedAssemblies.Select(a => a.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        foreach (var context in contexts)
        {
            _byName.TryAdd(context.Name, context);
            foreach (var pattern in context.Definition.Assemblies)
            {
                _byAssembly.Add(pattern, context);
            }

            foreach (var pattern in context.Definition.Namespaces)
            {
                _byNamespace.Add(pattern, context);
            }
        }

        if (!_byNamespace.IsEmpty || !Shortcuts.Taken)
        {
            _targetOwners = new(concurrencyLevel: 16 * Environment.ProcessorCount, capacity: Math.Max(1 << 14, contexts.Sum(c => c.Types.Count)));
        }
    }

    /// <summary>Gets the map that was resolved.</summary>
    public ContextMap Map { get; }

    /// <summary>Gets the code base it was resolved against.</summary>
    public CodeBase CodeBase { get; }

    /// <summary>Gets the contexts, in the order the map defines them.</summary>
    public IReadOnlyList<BoundedContext> Contexts { get; }

    /// <summary>
    /// The place of each context in the map's order, by name. A loop, not LINQ over (name, index) tuples: those are
    /// generic code no precompiled image holds, compiled at every start.
    /// </summary>
    internal Dictionary<string, int> ContextOrder()
    {
        var order = new Dictionary<string, int>(Contexts.Count, StringComparer.Ordinal);
        for (var i = 0; i < Contexts.Count; i++)
        {
            order.TryAdd(Contexts[i].Name, i);
        }

        return order;
    }

    /// <summary>
    /// Whether the check judges an assembly: one of the system's own, or one a context holds. The others (the runtime,
    /// packages, assemblies not inspected) are only read, and a dependency on them matters only where a rule looks for it.
    /// </summary>
    internal bool IsJudged(string assemblyName) => _judgedAssemblies.Value.Contains(assemblyName);

    /// <summary>Gets the inspected assemblies of the shared kernel.</summary>
    public IReadOnlyList<string> SharedKernelAssemblies { get; }

    /// <summary>Gets the inspected types that belong to no context and not to the shared kernel (a composition root, tools, third-party code); read when first asked for.</summary>
    public IReadOnlyList<InspectedType> UnownedTypes => _unownedTypes.Value;

    /// <summary>Gets the assemblies that hold <see cref="UnownedTypes"/>.</summary>
    public IReadOnlyList<string> UnownedAssemblies { get; }

    /// <summary>How many of <see cref="UnownedTypes"/> one assembly holds, reading that assembly's types only.</summary>
    internal int UnownedTypeCount(string assemblyName) =>
        _unownedAssemblies.Where(a => string.Equals(a.Name, assemblyName, StringComparison.Ordinal)).Sum(a => a.Types.Count(_isUnowned));

    /// <summary>Finds the context that owns an inspected type.</summary>
    /// <param name="type">An inspected type.</param>
    /// <returns>The context, or <see langword="null"/>.</returns>
    public BoundedContext? ContextOf(InspectedType type) => _typeOwners.Of(type);

    /// <summary>Finds the context that owns a type by name, whether or not its assembly was inspected.</summary>
    /// <param name="type">A type name, such as a dependency's target.</param>
    /// <returns>The context, or <see langword="null"/> for shared-kernel, third-party and unowned types.</returns>
    public BoundedContext? ContextOf(TypeName type)
    {
        ArgumentNullException.ThrowIfNull(type);
        // Asked for nearly every dependency by every rule: a known target is looked up without making a delegate.
        if (_targetOwners is null)
        {
            return _ownersByAssemblyString.TryGetValue(type.Assembly, out var byAssembly) ? byAssembly : _ownersByAssemblyString.GetOrAdd(type.Assembly, _assemblyOwner);
        }

        return _targetOwners.TryGetValue(type, out var owner) ? owner : _targetOwners.GetOrAdd(type, _findContextOf ??= FindContextOf);
    }

    private BoundedContext? AssemblyOwner(string assembly) => _assemblyOwners.GetOrAdd(assembly, _assemblyPatternOwner);

    private BoundedContext? FindContextOf(TypeName type)
    {
        // In a namespace no pattern claims, a type belongs to the context its assembly's pattern names, whether the
        // assembly was inspected or not, and whether it holds the type or not (a type forwarded away): only a claimed
        // namespace needs the type found, so a type of the runtime or a package does not read that assembly's types.
        var byNamespace = _byNamespace.IsEmpty ? null : _byNamespace.ValuesOf(type.Namespace).FirstOrDefault();
        if ((byNamespace is not null || !Shortcuts.Taken) && CodeBase.FindType(type) is { } inspected)
        {
            return ContextOf(inspected);
        }

        var byAssembly = AssemblyOwner(type.Assembly);
        if (byAssembly is not null || _assemblyLevelOwned.Contains(type.Assembly) || IsSharedKernel(type))
        {
            return byAssembly;
        }

        return byNamespace;
    }

    /// <summary>Whether a type belongs to the shared kernel.</summary>
    /// <param name="type">A type name.</param>
    /// <returns><see langword="true"/> for shared-kernel types.</returns>
    public bool IsSharedKernel(TypeName type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return NamePattern.AnyMatches(Map.SharedKernelAssemblies, type.Assembly, ignoreCase: true)
            || NamePattern.AnyMatches(Map.SharedKernelNamespaces, type.Namespace, ignoreCase: false);
    }

    /// <summary>Finds a context by name.</summary>
    /// <param name="name">The context name.</param>
    /// <returns>The context.</returns>
    /// <exception cref="FitnessKitException">No context has that name.</exception>
    public BoundedContext this[string name] =>
        _byName.GetValueOrDefault(name)
        ?? throw new FitnessKitException($"No context is named '{name}'{Suggestions.DidYouMean(name, _byName.Keys)}. Known contexts: {Suggestions.Listed([.. Contexts.Select(c => c.Name)])}.");
}
