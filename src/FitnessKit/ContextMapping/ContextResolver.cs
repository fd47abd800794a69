using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.ContextMapping;

/// <summary>Matches a <see cref="ContextMap"/> against code and collects every configuration problem at once.</summary>
internal static class ContextResolver
{
    public static ContextModel Resolve(ContextMap map, CodeBase codeBase)
    {
        ArgumentNullException.ThrowIfNull(codeBase);
        var problems = new List<string>();
        var contexts = map.Contexts.Select(d => new BoundedContext(d)).ToList();
        var assemblyNames = codeBase.Assemblies.Select(a => a.Name).ToList();

        var assemblyOwners = ResolveAssemblies(map, codeBase, contexts, problems);
        var kernel = codeBase.Assemblies.Where(a => map.SharedKernelAssemblies.Any(p => p.Matches(a.Name, ignoreCase: true))).Select(a => a.Name).ToList();
        ReportUnmatched(map.SharedKernelAssemblies, assemblyNames, "The shared kernel's assembly pattern", "assembly", problems);

        var typeOwners = new Dictionary<InspectedType, BoundedContext>();
        var unowned = new List<InspectedType>();
        var claimedNamespaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in codeBase.Assemblies)
        {
            var owner = assemblyOwners.GetValueOrDefault(assembly.Name);
            foreach (var type in assembly.Types)
            {
                var byNamespace = contexts.Where(c => c.Definition.Namespaces.Any(p => p.Matches(type.Name.Namespace))).ToList();
                if (byNamespace.Count > 1 && claimedNamespaces.Add(type.Name.Namespace))
                {
                    problems.Add($"Namespace {type.Name.Namespace} is claimed by contexts {Join(byNamespace.Select(c => "'" + c.Name + "'"))}; make their namespace patterns exclusive.");
                }

                if (owner is not null && byNamespace.Count == 1 && byNamespace[0] != owner && claimedNamespaces.Add(type.Name.Namespace))
                {
                    problems.Add($"Namespace {type.Name.Namespace} is claimed by context '{byNamespace[0].Name}', but its assembly {assembly.Name} belongs to context '{owner.Name}'; a type can belong to one context only.");
                }

                var context = owner ?? (byNamespace.Count == 1 ? byNamespace[0] : null);
                if (context is not null)
                {
                    typeOwners[type] = context;
                }
                else if (!kernel.Contains(assembly.Name, StringComparer.OrdinalIgnoreCase)
                    && !map.SharedKernelNamespaces.Any(p => p.Matches(type.Name.Namespace)))
                {
                    unowned.Add(type);
                }
            }
        }

        var namespaces = codeBase.Types.Select(t => t.Name.Namespace).Distinct(StringComparer.Ordinal).ToList();
        foreach (var context in contexts)
        {
            ReportUnmatched(context.Definition.Namespaces, namespaces, $"Context '{context.Name}': namespace pattern", "namespace", problems);
        }

        ReportUnmatched(map.SharedKernelNamespaces, namespaces, "The shared kernel's namespace pattern", "namespace", problems);

        foreach (var context in contexts)
        {
            context.Types = [.. typeOwners.Where(p => p.Value == context).Select(p => p.Key).OrderBy(t => t.FullName, StringComparer.Ordinal)];
            context.Assemblies = [.. context.Types.Select(t => t.Assembly).Distinct().OrderBy(a => a.Name, StringComparer.Ordinal)];
            if (context.Types.Count == 0)
            {
                // A context whose patterns were already reported needs no second message saying it is empty.
                if (!problems.Any(p => p.Contains($"'{context.Name}'", StringComparison.Ordinal)))
                {
                    problems.Add($"Context '{context.Name}' matched no type in the inspected assemblies; check its patterns against: {Sample(assemblyNames)}.");
                }

                continue;
            }

            ResolveContracts(context, codeBase, assemblyOwners, problems);
        }

        if (problems.Count > 0)
        {
            throw new FitnessKitException(problems);
        }

        return new ContextModel(map, codeBase, contexts, typeOwners, [.. assemblyOwners.Keys], kernel, unowned);
    }

    private static Dictionary<string, BoundedContext> ResolveAssemblies(ContextMap map, CodeBase codeBase, List<BoundedContext> contexts, List<string> problems)
    {
        var owners = new Dictionary<string, BoundedContext>(StringComparer.OrdinalIgnoreCase);
        var assemblyNames = codeBase.Assemblies.Select(a => a.Name).ToList();
        foreach (var assembly in codeBase.Assemblies)
        {
            var claims = contexts.Where(c => c.Definition.Assemblies.Any(p => p.Matches(assembly.Name, ignoreCase: true))).ToList();
            if (claims.Count > 1)
            {
                problems.Add($"Assembly {assembly.Name} is claimed by contexts {Join(claims.Select(c => $"'{c.Name}' (pattern {c.Definition.Assemblies.First(p => p.Matches(assembly.Name, true))})"))}; an assembly can belong to one context only.");
            }
            else if (claims.Count == 1)
            {
                if (map.SharedKernelAssemblies.Any(p => p.Matches(assembly.Name, ignoreCase: true)))
                {
                    problems.Add($"Assembly {assembly.Name} is claimed by context '{claims[0].Name}' and by the shared kernel; it can be one or the other.");
                }

                owners[assembly.Name] = claims[0];
            }
        }

        foreach (var context in contexts)
        {
            ReportUnmatched(context.Definition.Assemblies, assemblyNames, $"Context '{context.Name}': assembly pattern", "assembly", problems);
        }

        return owners;
    }

    private static void ResolveContracts(BoundedContext context, CodeBase codeBase, Dictionary<string, BoundedContext> assemblyOwners, List<string> problems)
    {
        var contractAssemblies = new List<string>();
        foreach (var pattern in context.Definition.ContractAssemblies)
        {
            var matched = codeBase.Assemblies.Where(a => pattern.Matches(a.Name, ignoreCase: true)).ToList();
            if (matched.Count == 0)
            {
                problems.Add($"Context '{context.Name}': contract pattern '{pattern}' matches no inspected assembly{DidYouMean(pattern.Text, context.Assemblies.Select(a => a.Name))}.");
            }

            foreach (var assembly in matched)
            {
                var owner = assemblyOwners.GetValueOrDefault(assembly.Name);
                if (owner != context && !context.Assemblies.Contains(assembly))
                {
                    problems.Add($"Context '{context.Name}': contract assembly {assembly.Name} is not inside the context ({(owner is null ? "it belongs to no context" : $"it belongs to '{owner.Name}'")}); a context's contracts must be its own assemblies.");
                }
                else
                {
                    contractAssemblies.Add(assembly.Name);
                }
            }
        }

        foreach (var pattern in context.Definition.ContractNamespaces)
        {
            var inside = context.Types.Where(t => pattern.Matches(t.Name.Namespace)).ToList();
            if (inside.Count == 0)
            {
                var outside = codeBase.Types.FirstOrDefault(t => pattern.Matches(t.Name.Namespace));
                problems.Add(outside is null
                    ? $"Context '{context.Name}': contract namespace pattern '{pattern}' matches no namespace{DidYouMean(pattern.Text, context.Types.Select(t => t.Name.Namespace).Distinct())}."
                    : $"Context '{context.Name}': contract namespace pattern '{pattern}' matches {outside.Name.Namespace}, which is not inside the context; a context's contracts must be its own namespaces.");
            }
        }

        context.ContractAssemblies = [.. contractAssemblies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        context.ContractTypes = [.. context.Types.Where(t => t.IsVisibleOutsideAssembly && context.IsContract(t.Name))];
    }

    private static void ReportUnmatched(IEnumerable<NamePattern> patterns, IReadOnlyCollection<string> names, string owner, string what, List<string> problems)
    {
        var ignoreCase = what == "assembly";
        foreach (var pattern in patterns)
        {
            if (!names.Any(n => pattern.Matches(n, ignoreCase)))
            {
                problems.Add($"{owner} '{pattern}' matches no inspected {what}{DidYouMean(pattern.Text, names)}.");
            }
        }
    }

    private static string DidYouMean(string pattern, IEnumerable<string> candidates)
    {
        var plain = pattern.Replace(".**", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal);
        return Suggestions.Closest(plain, candidates) is { } best ? $" (did you mean {best}?)" : string.Empty;
    }

    private static string Sample(List<string> names) =>
        names.Count <= 8 ? string.Join(", ", names) : string.Join(", ", names.Take(8)) + $" and {names.Count - 8} more";

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
