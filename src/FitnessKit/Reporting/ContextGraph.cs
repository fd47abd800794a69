using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Rules;

namespace FitnessKit.Reporting;

/// <summary>The dependencies between contexts, as drawn on the context map: every use of one context's types by another's, and the violations among them.</summary>
internal static class ContextGraph
{
    public static IReadOnlyList<ContextEdge> Build(FitnessReport report)
    {
        var model = report.Model;
        // Uses count distinct (source type, target type) names: the source types are taken in order of name, so each
        // name's distinct targets are counted and forgotten, and nothing as large as the dependencies is kept.
        var uses = new Dictionary<(string From, string To), int>();
        var targets = new HashSet<(BoundedContext Context, string Type)>();
        foreach (var source in model.Contexts)
        {
            string? current = null;
            foreach (var type in source.Types.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                if (type.FullName != current)
                {
                    current = type.FullName;
                    targets.Clear();
                }

                foreach (var dependency in type.Dependencies)
                {
                    if (model.ContextOf(dependency.Target) is { } target && target != source && targets.Add((target, dependency.Target.FullName)))
                    {
                        uses[(source.Name, target.Name)] = uses.GetValueOrDefault((source.Name, target.Name)) + 1;
                    }
                }
            }
        }

        var data = DataUses(report);
        var violations = report.Violations
            // A shared table (FK006) is owned by two contexts at once, not a dependency of one on the other: no edge.
            .Where(v => v.SourceContext is not null && v.TargetContext is not null && v.SourceContext != v.TargetContext && v.Rule.Id != RuleCatalog.SharedTable.Id)
            .GroupBy(v => (From: v.SourceContext!, To: v.TargetContext!))
            .ToDictionary(g => g.Key, g => g.Count());
        var pairs = uses.Keys.Union(violations.Keys).Union(data.Keys).ToList();
        var cyclic = CyclicContexts(pairs);
        var order = model.Contexts.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        return [.. pairs
            .OrderBy(p => order.GetValueOrDefault(p.From)).ThenBy(p => order.GetValueOrDefault(p.To))
            .Select(p => new ContextEdge(p.From, p.To, uses.GetValueOrDefault(p), violations.GetValueOrDefault(p), cyclic.TryGetValue(p.From, out var a) && cyclic.TryGetValue(p.To, out var b) && a == b, data.GetValueOrDefault(p)))];
    }

    /// <summary>Reads and writes by SQL in one context of tables another context owns or maps, by pair of contexts.</summary>
    private static Dictionary<(string From, string To), int> DataUses(FitnessReport report)
    {
        var found = new Dictionary<(string, string), int>();
        if (report.Tables is not { } tables)
        {
            return found;
        }

        foreach (var table in tables.Tables)
        {
            var owners = table.Owner is { } owner ? [owner] : table.MappedBy;
            foreach (var access in table.Accesses)
            {
                if (report.Model.ContextOf(access.Statement.SourceType) is not { } source)
                {
                    continue;
                }

                foreach (var target in owners.Where(o => o != source.Name))
                {
                    found[(source.Name, target)] = found.GetValueOrDefault((source.Name, target)) + 1;
                }
            }
        }

        return found;
    }

    /// <summary>Maps each context that lies on a cycle to the id of its strongly connected component (Tarjan).</summary>
    private static Dictionary<string, int> CyclicContexts(IReadOnlyList<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList(), StringComparer.Ordinal);
        var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var counter = 0;
        var component = 0;

        void Visit(string node)
        {
            index[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var successor in next.GetValueOrDefault(node) ?? [])
            {
                if (!index.TryGetValue(successor, out var seen))
                {
                    Visit(successor);
                    low[node] = Math.Min(low[node], low[successor]);
                }
                else if (onStack.Contains(successor))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] != index[node])
            {
                return;
            }

            var members = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                members.Add(member);
            }
            while (member != node);

            if (members.Count > 1)
            {
                members.ForEach(m => result[m] = component);
            }

            component++;
        }

        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return result;
    }
}
