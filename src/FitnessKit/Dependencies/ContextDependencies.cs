using FitnessKit.ContextMapping;
using FitnessKit.Coupling;
using FitnessKit.Model;
using FitnessKit.Tables;

namespace FitnessKit.Dependencies;

/// <summary>
/// Which context depends on which, computed once from the code (every dependency of every type of every context) and,
/// when the tables were read, from the data (SQL on another context's tables); and the groups of contexts that depend
/// on each other in cycles. The context map of the reports draws it, and FK009 reports its cycles.
/// </summary>
internal sealed class ContextDependencies
{
    private readonly Dictionary<(string From, string To), ContextDependency> _byPair;
    private readonly Dictionary<string, int> _groupOf;

    private ContextDependencies(IReadOnlyList<ContextDependency> all, IReadOnlyList<IReadOnlyList<string>> cyclicGroups, bool hasData, ContextCoupling coupling)
    {
        All = all;
        Coupling = coupling;
        CyclicGroups = cyclicGroups;
        HasData = hasData;
        _byPair = all.ToDictionary(d => (d.From, d.To));
        _groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cyclicGroups.Count; i++)
        {
            foreach (var context in cyclicGroups[i])
            {
                _groupOf[context] = i;
            }
        }
    }

    /// <summary>Gets every dependency between two contexts, ordered by the map's order of their source, then of their target.</summary>
    public IReadOnlyList<ContextDependency> All { get; }

    /// <summary>Gets the groups of two or more contexts that each reach all the others (the strongly connected components of the graph), each in the map's order, ordered by their first context.</summary>
    public IReadOnlyList<IReadOnlyList<string>> CyclicGroups { get; }

    /// <summary>Gets how each context uses each other one (events, commands, queries, type uses) and every synchronous query among them.</summary>
    public ContextCoupling Coupling { get; }

    /// <summary>Gets a value indicating whether the data dependencies are included (the tables were read).</summary>
    public bool HasData { get; }

    /// <summary>Finds the dependency of one context on another.</summary>
    public ContextDependency? Between(string from, string to) => _byPair.GetValueOrDefault((from, to));

    /// <summary>Whether a dependency lies on a cycle: its two contexts are in one cyclic group.</summary>
    public bool OnCycle(string from, string to) =>
        _groupOf.TryGetValue(from, out var a) && _groupOf.TryGetValue(to, out var b) && a == b;

    /// <summary>Computes the dependencies of a resolved model.</summary>
    /// <param name="model">The contexts and their code.</param>
    /// <param name="tables">The tables, for the data dependencies; <see langword="null"/> for code dependencies only.</param>
    public static ContextDependencies Build(ContextModel model, TableCatalog? tables) => Build(model, tables, ContextCoupling.Read(model));

    /// <summary>Computes the dependencies of a resolved model whose coupling was read already.</summary>
    /// <param name="model">The contexts and their code.</param>
    /// <param name="tables">The tables, for the data dependencies; <see langword="null"/> for code dependencies only.</param>
    /// <param name="coupling">How each context uses each other one, read from the same model.</param>
    public static ContextDependencies Build(ContextModel model, TableCatalog? tables, ContextCoupling coupling)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(coupling);
        // By source, then target: a table keyed by tuples is generic code compiled at every start.
        var found = new Dictionary<BoundedContext, Dictionary<BoundedContext, ContextDependency>>();
        var all = new List<ContextDependency>();
        ContextDependency Of(BoundedContext from, BoundedContext to)
        {
            if (!found.TryGetValue(from, out var byTarget))
            {
                found[from] = byTarget = new Dictionary<BoundedContext, ContextDependency>();
            }

            if (!byTarget.TryGetValue(to, out var dependency))
            {
                byTarget[to] = dependency = new ContextDependency(from.Name, to.Name);
                all.Add(dependency);
            }

            return dependency;
        }

        // Whether a type is a contract of its context, asked once per type: many dependencies share a target.
        var contracts = new Dictionary<TypeName, bool>();
        // Uses count distinct (source type, target type) names: a context's types are in order of name (the resolver
        // orders them), so each name's distinct targets are counted and forgotten, and nothing as large as the
        // dependencies is kept.
        // Names compared as full names are, without making them (FullNameOrder).
        var targets = new HashSet<(BoundedContext Context, TypeName Type)>(TargetByFullName.Instance);
        foreach (var source in model.Contexts)
        {
            TypeName? current = null;
            foreach (var type in source.Types)
            {
                if (current is null || !FullNameOrder.Instance.Equals(type.Name, current))
                {
                    current = type.Name;
                    targets.Clear();
                }

                // By index: a kept list's enumerator is an object, made for every type of every context.
                var dependencies = model.View.Of(type);
                for (var i = 0; i < dependencies.Count; i++)
                {
                    var dependency = dependencies[i];
                    if (model.ContextOf(dependency.Target) is not { } target || target == source)
                    {
                        continue;
                    }

                    if (!contracts.TryGetValue(dependency.Target, out var isContract))
                    {
                        contracts[dependency.Target] = isContract = target.IsContract(dependency.Target);
                    }

                    Of(source, target).Add(dependency, isContract, targets.Add((target, dependency.Target)));
                }
            }
        }

        if (tables is not null)
        {
            AddData(model, tables, Of);
        }

        var order = model.ContextOrder();
        all.Sort((a, b) => order[a.From] != order[b.From] ? order[a.From].CompareTo(order[b.From]) : order[a.To].CompareTo(order[b.To]));
        var groups = StronglyConnected.Groups(model.Contexts.Select(c => c.Name).ToList(), all.Select(d => (d.From, d.To)).ToList());
        foreach (var dependency in all)
        {
            dependency.Styles = coupling.Between(dependency.From, dependency.To);
        }

        return new ContextDependencies(all, groups, tables is not null, coupling);
    }

    /// <summary>
    /// SQL in one context on a table that another owns (or, with no owner, that others map): a dependency on each owner.
    /// A context's SQL on a table it owns or maps itself is none, even when another context maps that table too: a
    /// shared table is FK006's, with two owners and no direction.
    /// </summary>
    private static void AddData(ContextModel model, TableCatalog tables, Func<BoundedContext, BoundedContext, ContextDependency> of)
    {
        var byName = model.Contexts.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var table in tables.Tables)
        {
            var owners = table.Owner is { } owner ? [owner] : table.MappedBy;
            if (owners.Count == 0)
            {
                continue;
            }

            foreach (var access in table.Accesses)
            {
                if (model.ContextOf(access.Statement.SourceType) is not { } source || owners.Contains(source.Name))
                {
                    continue;
                }

                foreach (var target in owners)
                {
                    if (byName.TryGetValue(target, out var context))
                    {
                        of(source, context).Add(access);
                    }
                }
            }
        }
    }
}
