using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;

namespace FitnessKit.ContextMapping;

/// <summary>Builds a <see cref="ContextMap"/> in code. Start with <see cref="ContextMap.Define"/>.</summary>
public sealed class ContextMapBuilder
{
    private readonly List<BoundedContextDefinition> _contexts = new();
    private readonly List<NamePattern> _kernelAssemblies = new();
    private readonly List<NamePattern> _kernelNamespaces = new();
    private PersistenceDetection _persistence = PersistenceDetection.Default;
    private ApprovedContracts? _approvedContracts;

    internal ContextMapBuilder()
    {
    }

    /// <summary>Adds a bounded context.</summary>
    /// <param name="name">The context's name, such as <c>Orders</c>.</param>
    /// <param name="configure">Says which assemblies or namespaces it owns and which are its contracts.</param>
    /// <returns>This builder.</returns>
    public ContextMapBuilder Context(string name, Action<BoundedContextBuilder> configure) => ContextAt(name, null, configure);

    /// <summary>Adds a bounded context written at a position of a configuration file, so problems found later point at it.</summary>
    internal ContextMapBuilder ContextAt(string name, SourcePosition? position, Action<BoundedContextBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new BoundedContextBuilder(name, position);
        configure(builder);
        _contexts.Add(builder.Build());
        return this;
    }

    /// <summary>Declares shared-kernel assemblies, which every context may use.</summary>
    /// <param name="assemblyPatterns">Assembly-name patterns.</param>
    /// <returns>This builder.</returns>
    public ContextMapBuilder SharedKernel(params string[] assemblyPatterns)
    {
        _kernelAssemblies.AddRange(assemblyPatterns.Select(NamePattern.Parse));
        return this;
    }

    /// <summary>Declares shared-kernel namespaces, which every context may use.</summary>
    /// <param name="namespacePatterns">Namespace patterns.</param>
    /// <returns>This builder.</returns>
    public ContextMapBuilder SharedKernelNamespaces(params string[] namespacePatterns)
    {
        _kernelNamespaces.AddRange(namespacePatterns.Select(NamePattern.Parse));
        return this;
    }

    /// <summary>Adds shared-kernel patterns read from a configuration file, with their positions.</summary>
    internal ContextMapBuilder SharedKernel(IEnumerable<NamePattern> assemblyPatterns, IEnumerable<NamePattern> namespacePatterns)
    {
        _kernelAssemblies.AddRange(assemblyPatterns);
        _kernelNamespaces.AddRange(namespacePatterns);
        return this;
    }

    /// <summary>Replaces how persistence types are recognised.</summary>
    /// <param name="persistence">The detection settings.</param>
    /// <returns>This builder.</returns>
    public ContextMapBuilder Persistence(PersistenceDetection persistence)
    {
        _persistence = persistence ?? throw new ArgumentNullException(nameof(persistence));
        return this;
    }

    /// <summary>Compares the contracts with approved snapshots or an older build (FK013, ContractCompatibility), such as <c>ApprovedContracts.Snapshots("contracts")</c>.</summary>
    /// <param name="approved">What the contracts are compared with.</param>
    /// <returns>This builder.</returns>
    public ContextMapBuilder ApprovedContracts(ApprovedContracts approved)
    {
        _approvedContracts = approved ?? throw new ArgumentNullException(nameof(approved));
        return this;
    }

    /// <summary>Builds the map, checking that it is well-formed (not yet that it matches any code).</summary>
    /// <returns>The map.</returns>
    /// <exception cref="FitnessKitException">Two contexts share a name, a context owns nothing, or a permission names an unknown context.</exception>
    public ContextMap Build()
    {
        var problems = new List<string>();
        if (_contexts.Count == 0)
        {
            problems.Add("The context map defines no context.");
        }

        var definitions = new Dictionary<string, List<BoundedContextDefinition>>(StringComparer.OrdinalIgnoreCase);
        foreach (var context in _contexts)
        {
            if (!definitions.TryGetValue(context.Name, out var same))
            {
                same = new();
                definitions[context.Name] = same;
            }

            same.Add(context);
        }

        foreach (var duplicate in definitions.Values.Where(d => d.Count > 1))
        {
            var places = duplicate.Where(d => d.Position is not null).Select(d => $"line {d.Position!.Line}, column {d.Position.Column}").ToList();
            var where = places.Count == 0 ? string.Empty : $" (at {string.Join(" and ", places)})";
            problems.Add(SourcePosition.Prefix(duplicate[1].Position, $"Context '{duplicate[0].Name}' is defined {duplicate.Count} times{where}; give each context one definition."));
        }

        var names = _contexts.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        string[]? known = null;
        Suggester? suggester = null;
        foreach (var context in _contexts)
        {
            if (context.Assemblies.Count == 0 && context.Namespaces.Count == 0)
            {
                problems.Add(SourcePosition.Prefix(context.Position, $"Context '{context.Name}' owns no assemblies and no namespaces; give it assembly or namespace patterns."));
            }

            foreach (var allowed in context.MayUse ?? [])
            {
                if (!names.Contains(allowed.Context))
                {
                    known ??= [.. names.Order(StringComparer.Ordinal)];
                    suggester ??= new Suggester(known);
                    problems.Add(SourcePosition.Prefix(allowed.Position, $"Context '{context.Name}' may use '{allowed.Context}', but no context has that name{suggester.DidYouMean(allowed.Context)}. Known contexts: {Suggestions.Listed(known)}."));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new FitnessKitException(problems);
        }

        return new ContextMap(_contexts, _kernelAssemblies, _kernelNamespaces, _persistence).WithApprovedContracts(_approvedContracts);
    }
}

/// <summary>Describes one bounded context. See <see cref="ContextMapBuilder.Context"/>.</summary>
public sealed class BoundedContextBuilder
{
    private readonly string _name;
    private readonly SourcePosition? _position;
    private readonly List<NamePattern> _assemblies = new();
    private readonly List<NamePattern> _namespaces = new();
    private readonly List<NamePattern> _contractAssemblies = new();
    private readonly List<NamePattern> _contractNamespaces = new();
    private List<AllowedDependency>? _mayUse;
    private readonly List<NamePattern> _tables = new();
    private string? _database;

    internal BoundedContextBuilder(string name, SourcePosition? position = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new FitnessKitException(SourcePosition.Prefix(position, "A bounded context needs a name."));
        }

        _name = name;
        _position = position;
    }

    /// <summary>The assemblies the context owns, such as <c>Shop.Orders.**</c>.</summary>
    /// <param name="patterns">Assembly-name patterns.</param>
    /// <returns>This builder.</returns>
    public BoundedContextBuilder Assemblies(params string[] patterns)
    {
        _assemblies.AddRange(patterns.Select(NamePattern.Parse));
        return this;
    }

    /// <summary>The namespaces the context owns, for a modular monolith in one assembly, such as <c>Shop.Orders.**</c>.</summary>
    /// <param name="patterns">Namespace patterns.</param>
    /// <returns>This builder.</returns>
    public BoundedContextBuilder Namespaces(params string[] patterns)
    {
        _namespaces.AddRange(patterns.Select(NamePattern.Parse));
        return this;
    }

    /// <summary>The context's contract assemblies, such as <c>Shop.Orders.Contracts</c>; each must be one of its own assemblies.</summary>
    /// <param name="patterns">Assembly-name patterns.</param>
    /// <returns>This builder.</returns>
    public BoundedContextBuilder Contracts(params string[] patterns)
    {
        _contractAssemblies.AddRange(patterns.Select(NamePattern.Parse));
        return this;
    }

    /// <summary>The context's contract namespaces, such as <c>Shop.Orders.Contracts.**</c>; each must lie inside the context.</summary>
    /// <param name="patterns">Namespace patterns.</param>
    /// <returns>This builder.</returns>
    public BoundedContextBuilder ContractNamespaces(params string[] patterns)
    {
        _contractNamespaces.AddRange(patterns.Select(NamePattern.Parse));
        return this;
    }

    /// <summary>Restricts the context to the contracts of the named contexts. Without a call, it may use every context's contracts.</summary>
    /// <param name="context">A context whose contracts may be used.</param>
    /// <param name="contracts">Contract assembly or namespace patterns of that context; none for all of its contracts.</param>
    /// <returns>This builder.</returns>
    public BoundedContextBuilder MayUse(string context, params string[] contracts) => MayUse(context, null, [.. contracts.Select(NamePattern.Parse)]);

    /// <summary>Restricts the context to the contexts named by <see cref="MayUse(string, string[])"/>, none if none is: what an empty <c>"mayUse": []</c> says.</summary>
    internal BoundedContextBuilder MayUseOnlyListed()
    {
        _mayUse ??= new();
        return this;
    }

    /// <summary>A permission written at a position of a configuration file, with its contract patterns already parsed.</summary>
    internal BoundedContextBuilder MayUse(string context, SourcePosition? position, IReadOnlyList<NamePattern> contracts)
    {
        (_mayUse ??= new()).Add(new AllowedDependency(context, contracts) { Position = position });
        return this;
    }

    /// <summary>Adds patterns read from a configuration file (with their positions) to the assemblies, namespaces, contracts, contract namespaces or tables.</summary>
    internal BoundedContextBuilder Add(ContextPatterns kind, IEnumerable<NamePattern> patterns)
    {
        var list = kind switch
        {
            ContextPatterns.Assemblies => _assemblies,
            ContextPatterns.Namespaces => _namespaces,
            ContextPatterns.Contracts => _contractAssemblies,
            ContextPatterns.ContractNamespaces => _contractNamespaces,
            _ => _tables,
        };
        list.AddRange(patterns);
        return this;
    }

    /// <summary>Tables the context owns although no database context of it maps them, such as <c>reporting.daily_sales</c> or <c>legacy.*</c> (<c>schema.name</c> or the bare name, <c>*</c> for any characters, compared without case).</summary>
    /// <param name="patterns">Table patterns.</param>
    /// <returns>This builder.</returns>
    public BoundedContextBuilder Tables(params string[] patterns)
    {
        _tables.AddRange(patterns.Select(NamePattern.Parse));
        return this;
    }

    /// <summary>
    /// The database the context keeps its tables in, when contexts do not share one: the name its SQL uses in a
    /// three-part name (<c>SalesDb.sales.Orders</c>). A table is then the same table only within one database, so two
    /// contexts that each map <c>OutboxMessages</c> in a database of their own do not share it. Contexts that name no
    /// database share one.
    /// </summary>
    /// <param name="name">The database's name, compared without case.</param>
    /// <returns>This builder.</returns>
    public BoundedContextBuilder Database(string name) => Database(name, null);

    /// <summary>The database, as a configuration file writes it at <paramref name="position"/>.</summary>
    internal BoundedContextBuilder Database(string name, SourcePosition? position)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new FitnessKitException(SourcePosition.Prefix(position, $"The database of context '{_name}' is empty: name the database its tables live in, as its SQL names it."));
        }

        var database = name.Trim();
        if (_database is not null && !string.Equals(_database, database, StringComparison.OrdinalIgnoreCase))
        {
            throw new FitnessKitException(SourcePosition.Prefix(position, $"Context '{_name}' is given two databases, '{_database}' and '{database}': a context keeps its tables in one."));
        }

        _database = database;
        return this;
    }

    internal BoundedContextDefinition Build() =>
        new(_name, _assemblies, _namespaces, _contractAssemblies, _contractNamespaces, _mayUse, _tables, _position, _database);
}

/// <summary>The lists of patterns a context has, for <see cref="BoundedContextBuilder.Add"/>.</summary>
internal enum ContextPatterns
{
    Assemblies,
    Namespaces,
    Contracts,
    ContractNamespaces,
    Tables,
}
