using FitnessKit.ContextMapping;
using FitnessKit.Dependencies;

namespace FitnessKit.Rules.ContextCycles;

/// <summary>
/// Finds the cycles to report in each cyclic group of contexts: for each dependency of the group in the map's order
/// that no cycle found so far passes through, the shortest cycle through it (a breadth-first search back to its source,
/// neighbours in the map's order), up to <see cref="MostPerGroup"/> cycles a group. Every dependency of a group lies on
/// some cycle, so below the cap the cycles found pass through all of them; the work is at most one search a cycle.
/// </summary>
internal static class CycleSearch
{
    /// <summary>The most cycles reported for one group of contexts that depend on each other.</summary>
    public const int MostPerGroup = 10;

    public static IEnumerable<ContextCycle> Cycles(ContextModel model, ContextDependencies dependencies)
    {
        var order = model.ContextOrder();
        var byName = model.Contexts.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var group in dependencies.CyclicGroups)
        {
            var members = group.ToHashSet(StringComparer.Ordinal);
            var inside = dependencies.All.Where(d => members.Contains(d.From) && members.Contains(d.To)).ToList();
            var next = inside.GroupBy(d => d.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var covered = new HashSet<ContextDependency>();
            var found = new List<List<ContextDependency>>();
            foreach (var dependency in inside)
            {
                if (covered.Contains(dependency))
                {
                    continue;
                }

                if (found.Count == MostPerGroup)
                {
                    break;
                }

                var cycle = ShortestCycleThrough(dependency, next);
                covered.UnionWith(cycle);
                found.Add(cycle);
            }

            var uncovered = inside.Count(d => !covered.Contains(d));
            foreach (var cycle in found)
            {
                yield return new ContextCycle(ClosedLast(byName, cycle, order), group, inside.Count, uncovered, uncovered > 0);
            }
        }
    }

    /// <summary>The dependency, then the shortest way back from its target to its source.</summary>
    private static List<ContextDependency> ShortestCycleThrough(ContextDependency first, Dictionary<string, List<ContextDependency>> next)
    {
        var reachedBy = new Dictionary<string, ContextDependency?>(StringComparer.Ordinal) { [first.To] = null };
        var queue = new Queue<string>([first.To]);
        while (queue.Count > 0 && !reachedBy.ContainsKey(first.From))
        {
            foreach (var step in next.GetValueOrDefault(queue.Dequeue()) ?? [])
            {
                if (reachedBy.TryAdd(step.To, step))
                {
                    queue.Enqueue(step.To);
                }
            }
        }

        var back = new List<ContextDependency>();
        for (var at = first.From; reachedBy[at] is { } step; at = step.From)
        {
            back.Add(step);
        }

        back.Reverse();
        return [first, .. back];
    }

    /// <summary>
    /// The cycle turned so that its closing step comes last. The closing step is, in this order of preference: one the map
    /// does not allow (its source's mayUse leaves its target out, or it reaches past the target's contracts or into its
    /// tables), which has to go anyway; the one with the fewest uses and table accesses, the cheapest to turn around;
    /// the one whose source comes last in the map.
    /// </summary>
    private static IReadOnlyList<ContextDependency> ClosedLast(Dictionary<string, BoundedContext> contexts, List<ContextDependency> cycle, Dictionary<string, int> order)
    {
        // The first of the best, by a loop: ordering by number keys is generic code compiled at every start.
        var closing = cycle[0];
        for (var i = 1; i < cycle.Count; i++)
        {
            if (ClosesBefore(cycle[i], closing))
            {
                closing = cycle[i];
            }
        }

        bool ClosesBefore(ContextDependency candidate, ContextDependency best)
        {
            var (forbidden, bestForbidden) = (Forbidden(contexts[candidate.From], candidate), Forbidden(contexts[best.From], best));
            if (forbidden != bestForbidden)
            {
                return forbidden;
            }

            var (uses, bestUses) = (candidate.Uses + candidate.DataUses, best.Uses + best.DataUses);
            return uses != bestUses ? uses < bestUses : order[candidate.From] > order[best.From];
        }

        var at = cycle.IndexOf(closing) + 1;
        return [.. cycle.Skip(at), .. cycle.Take(at)];
    }

    private static bool Forbidden(BoundedContext source, ContextDependency dependency) =>
        dependency.DataUses > 0 || dependency.ReachesInternals
        || (source.Definition.MayUse is { } allowed && !allowed.Any(a => string.Equals(a.Context, dependency.To, StringComparison.Ordinal)));
}
