using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractCompatibility;

/// <summary>
/// Which other contexts use the contract types that changed, and through which of their types: from the code base's
/// dependencies, at type level (a use of the type, by any kind of dependency; the model does not record which member
/// of it a dependency names).
/// </summary>
internal static class ContractConsumers
{
    /// <summary>Finds the consumers of each type.</summary>
    /// <param name="model">The resolved contexts.</param>
    /// <param name="owner">The context that owns the types; its own uses do not count.</param>
    /// <param name="types">The changed types.</param>
    /// <returns>For each type that other contexts use, the contexts (in map order) and their types that use it (ordinal).</returns>
    public static IReadOnlyDictionary<TypeName, IReadOnlyList<(string Context, IReadOnlyList<string> Types)>> Of(ContextModel model, BoundedContext owner, IReadOnlyCollection<TypeName> types)
    {
        var result = new Dictionary<TypeName, IReadOnlyList<(string, IReadOnlyList<string>)>>();
        if (types.Count == 0)
        {
            return result;
        }

        var targets = types.ToHashSet();
        var users = model.CodeBase.TypesDependingOn(targets.Contains, t => model.ContextOf(t) is { } c && c != owner);
        var order = model.Contexts.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        foreach (var target in targets)
        {
            var uses = users
                .Where(u => u.Dependencies.Any(d => d.Target == target))
                .GroupBy(u => model.ContextOf(u)!)
                .OrderBy(g => order[g.Key])
                .Select(g => (g.Key.Name, (IReadOnlyList<string>)[.. g.Select(u => u.Name.ReportedName).Distinct().Order(StringComparer.Ordinal)]))
                .ToList();
            if (uses.Count > 0)
            {
                result[target] = uses;
            }
        }

        return result;
    }
}
