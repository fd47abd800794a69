using FitnessKit.Inspection;

namespace FitnessKit.Rules.ContractPurity;

/// <summary>
/// How a contract reaches a framework: the shortest chain of assembly references from the contract to an assembly of
/// the framework, through the first-party assemblies of the code base. A referenced assembly that is not inspected,
/// or is a package, ends the chain by its name.
/// </summary>
/// <param name="Framework">The framework reached.</param>
/// <param name="Assemblies">The chain, the contract's first hop first and the framework's assembly last.</param>
internal sealed record FrameworkChain(ContractFramework Framework, IReadOnlyList<string> Assemblies)
{
    /// <summary>Finds, for each framework, the shortest chain from the first hops given; ties go to the first hop and reference met first in name order.</summary>
    /// <param name="codeBase">The code base, whose first-party assemblies the chains may pass through.</param>
    /// <param name="firstHops">The assemblies the contract itself references (or its types use), ordered.</param>
    /// <param name="contractAssembly">The contract's own assembly, never part of a chain.</param>
    public static IReadOnlyList<FrameworkChain> Find(CodeBase codeBase, IReadOnlyList<string> firstHops, string contractAssembly)
    {
        var previous = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { [contractAssembly] = null };
        var queue = new Queue<string>();
        foreach (var hop in firstHops)
        {
            if (previous.TryAdd(hop, null))
            {
                queue.Enqueue(hop);
            }
        }

        var found = new Dictionary<ContractFramework, FrameworkChain>();
        while (queue.Count > 0)
        {
            var assembly = queue.Dequeue();
            if (ContractFramework.Of(assembly) is { } framework)
            {
                found.TryAdd(framework, new FrameworkChain(framework, Path(previous, assembly)));
                continue;
            }

            if (codeBase.AssemblyNamed(assembly) is not { IsFirstParty: true } inspected)
            {
                continue;
            }

            foreach (var reference in inspected.References.Order(StringComparer.OrdinalIgnoreCase))
            {
                if (previous.TryAdd(reference, assembly))
                {
                    queue.Enqueue(reference);
                }
            }
        }

        return [.. ContractFramework.All.Where(found.ContainsKey).Select(f => found[f])];
    }

    private static List<string> Path(Dictionary<string, string?> previous, string last)
    {
        var path = new List<string>();
        for (string? step = last; step is not null; step = previous[step])
        {
            path.Add(step);
        }

        path.Reverse();
        return path;
    }
}
