using FitnessKit.ContextMapping;
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

        // A use of another context's type is among the dependencies a check keeps (DependencyRetention), so the view answers it.
        var targets = types.ToHashSet();
        var uses = new Dictionary<TypeName, List<(BoundedContext Context, string Type)>>();
        foreach (var context in model.Contexts.Where(c => c != owner))
        {
            foreach (var type in context.Types)
            {
                foreach (var target in model.View.Of(type).Select(d => d.Target).Where(targets.Contains).Distinct())
                {
                    if (!uses.TryGetValue(target, out var list))
                    {
                        list = [];
                        uses[target] = list;
                    }

                    list.Add((context, type.Name.ReportedName));
                }
            }
        }

        var order = model.Contexts.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        foreach (var (target, list) in uses)
        {
            result[target] = [.. list
                .GroupBy(u => u.Context)
                .OrderBy(g => order[g.Key])
                .Select(g => (g.Key.Name, (IReadOnlyList<string>)[.. g.Select(u => u.Type).Distinct().Order(StringComparer.Ordinal)]))];
        }

        return result;
    }
}
