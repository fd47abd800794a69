namespace FitnessKit.Dependencies;

/// <summary>Tarjan's strongly connected components, without recursion, so that a chain of a hundred thousand contexts does not overflow the stack.</summary>
internal static class StronglyConnected
{
    /// <summary>The groups of two or more nodes that all reach each other, each in the order of <paramref name="nodes"/>, ordered by their first node.</summary>
    /// <param name="nodes">Every node, in the order results follow.</param>
    /// <param name="edges">The edges between them.</param>
    public static IReadOnlyList<IReadOnlyList<string>> Groups(IReadOnlyList<string> nodes, IReadOnlyList<(string From, string To)> edges)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            position[nodes[i]] = i;
        }

        var next = new List<int>[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            next[i] = [];
        }

        foreach (var (from, to) in edges)
        {
            next[position[from]].Add(position[to]);
        }

        var index = new int[nodes.Count];
        var low = new int[nodes.Count];
        Array.Fill(index, -1);
        var onStack = new bool[nodes.Count];
        var stack = new Stack<int>();
        var groups = new List<List<int>>();
        var counter = 0;
        var work = new Stack<(int Node, int Edge)>();
        for (var root = 0; root < nodes.Count; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (node, edge) = work.Pop();
                if (edge == 0)
                {
                    index[node] = low[node] = counter++;
                    stack.Push(node);
                    onStack[node] = true;
                }
                else
                {
                    // Back from the successor next[node][edge - 1].
                    low[node] = Math.Min(low[node], low[next[node][edge - 1]]);
                }

                var descended = false;
                for (; edge < next[node].Count; edge++)
                {
                    var successor = next[node][edge];
                    if (index[successor] < 0)
                    {
                        work.Push((node, edge + 1));
                        work.Push((successor, 0));
                        descended = true;
                        break;
                    }

                    if (onStack[successor])
                    {
                        low[node] = Math.Min(low[node], index[successor]);
                    }
                }

                if (descended || low[node] != index[node])
                {
                    continue;
                }

                var members = new List<int>();
                int member;
                do
                {
                    member = stack.Pop();
                    onStack[member] = false;
                    members.Add(member);
                }
                while (member != node);

                if (members.Count > 1)
                {
                    members.Sort();
                    groups.Add(members);
                }
            }
        }

        return [.. groups.OrderBy(g => g[0]).Select(g => (IReadOnlyList<string>)[.. g.Select(i => nodes[i])])];
    }
}
