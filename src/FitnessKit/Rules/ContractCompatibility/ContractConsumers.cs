using FitnessKit.ContextMapping;
using FitnessKit.Contracts;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractCompatibility;

/// <summary>
/// Which other contexts use what changed in a contract. A change of a type, or one that breaks derived types or
/// creators, reaches the types that use the type (by any kind of dependency, from the code base's dependencies). A
/// change that breaks the users of a member (removed, retyped, its parameters changed, ...) reaches only the code that
/// uses that member: the IL of the assemblies that use the type is read for member references to it, so a context that
/// uses the type but not the member is not named.
/// </summary>
internal sealed class ContractConsumers
{
    // Classes and loops rather than tuples and LINQ over them here: generic code over value types is compiled at every start.
    private readonly Dictionary<TypeName, List<TypeUser>> _typeUsers = new();
    private readonly Dictionary<ContractChange, IReadOnlyList<ContractConsumer>> _memberUsers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _order;

    private ContractConsumers(ContextModel model, ContractUnit unit, IReadOnlyList<ContractChange> changes)
    {
        _order = model.ContextOrder();
        var breaking = changes.Where(c => c.IsBreaking).ToList();
        var targets = breaking.Select(c => unit.TypeNamed(c.Type)?.Name).OfType<TypeName>().ToHashSet();
        if (targets.Count == 0)
        {
            return;
        }

        // A use of another context's type is among the dependencies a check keeps (DependencyRetention), so the view answers it.
        foreach (var context in model.Contexts.Where(c => c != unit.Context))
        {
            foreach (var type in context.Types)
            {
                var dependencies = model.View.Of(type);
                HashSet<TypeName>? seen = null;
                for (var i = 0; i < dependencies.Count; i++)
                {
                    var target = dependencies[i].Target;
                    if (!targets.Contains(target) || !(seen ??= []).Add(target))
                    {
                        continue;
                    }

                    if (!_typeUsers.TryGetValue(target, out var list))
                    {
                        _typeUsers[target] = list = [];
                    }

                    list.Add(new TypeUser(context, type));
                }
            }
        }

        var members = breaking.Where(c => c.ReachesUsersOfMember && unit.TypeNamed(c.Type) is { } type && _typeUsers.ContainsKey(type.Name)).ToList();
        if (members.Count == 0)
        {
            return;
        }

        var assemblies = members.SelectMany(c => _typeUsers[unit.TypeNamed(c.Type)!.Name]).Select(u => u.Type.Assembly).Distinct().OrderBy(a => a.Name, StringComparer.Ordinal);
        var uses = ContractMemberUses.Find(model.CodeBase, assemblies, unit.Assembly.Name, [.. members.Select(c => new ContractMemberQuery(c.Type, c.Approved!))]);
        for (var i = 0; i < members.Count; i++)
        {
            // One consumer per context, type and member, at its first use's place.
            var consumers = new List<ContractConsumer>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var use in uses[i])
            {
                if (model.ContextOf(use.Type) is not { } user || user == unit.Context || !seen.Add(string.Join('\n', user.Name, use.Type.ReportedName, use.Member)))
                {
                    continue;
                }

                consumers.Add(new ContractConsumer(user.Name, use.Type.ReportedName, use.Member, use.Location));
            }

            _memberUsers[members[i]] = InMapOrder(consumers);
        }
    }

    /// <summary>Finds the consumers of the breaking changes of a contract.</summary>
    /// <param name="model">The resolved contexts.</param>
    /// <param name="unit">The contract; its own context's uses do not count.</param>
    /// <param name="changes">The contract's changes; only the breaking ones are looked at.</param>
    /// <returns>The consumers.</returns>
    public static ContractConsumers Of(ContextModel model, ContractUnit unit, IReadOnlyList<ContractChange> changes) => new(model, unit, changes);

    /// <summary>Whether a change's consumers are those of its member, read from their code, rather than those of its type.</summary>
    /// <param name="change">One of the changes.</param>
    /// <returns><see langword="true"/> when the users of the member were looked for.</returns>
    public bool ByMember(ContractChange change) => _memberUsers.ContainsKey(change);

    /// <summary>Gets the consumers a breaking change can break: the users of its member or of its type, contexts in map order.</summary>
    /// <param name="change">One of the changes.</param>
    /// <param name="type">The changed type in the current build, or <see langword="null"/> when it is gone.</param>
    /// <returns>The consumers; empty for an additive change.</returns>
    public IReadOnlyList<ContractConsumer> Of(ContractChange change, InspectedType? type)
    {
        if (!change.IsBreaking)
        {
            return [];
        }

        return _memberUsers.TryGetValue(change, out var members) ? members : TypeUsers(type);
    }

    /// <summary>Gets the consumers of a type, each context's types in ordinal order.</summary>
    /// <param name="type">The type, or <see langword="null"/>.</param>
    /// <returns>The consumers, without member or location.</returns>
    public IReadOnlyList<ContractConsumer> TypeUsers(InspectedType? type)
    {
        if (type is null || !_typeUsers.TryGetValue(type.Name, out var users))
        {
            return [];
        }

        var consumers = new List<ContractConsumer>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in users)
        {
            if (seen.Add(string.Join('\n', user.Context.Name, user.Type.Name.ReportedName)))
            {
                consumers.Add(new ContractConsumer(user.Context.Name, user.Type.Name.ReportedName, null, null));
            }
        }

        return InMapOrder(consumers);
    }

    /// <summary>Consumers sorted by their context's place in the map, then by type and member name (each distinct).</summary>
    private ContractConsumer[] InMapOrder(List<ContractConsumer> consumers)
    {
        consumers.Sort((a, b) =>
            _order[a.Context] != _order[b.Context] ? _order[a.Context].CompareTo(_order[b.Context])
            : string.CompareOrdinal(a.Type, b.Type) is var byType and not 0 ? byType
            : string.CompareOrdinal(a.Member, b.Member));
        return [.. consumers];
    }

    /// <summary>A type of another context that uses a contract type.</summary>
    private sealed record TypeUser(BoundedContext Context, InspectedType Type);
}
