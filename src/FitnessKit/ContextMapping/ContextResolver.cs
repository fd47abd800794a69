using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.ContextMapping;

/// <summary>
/// Matches a <see cref="ContextMap"/> against code and collects every configuration problem at once, each at the
/// position of the context or pattern it is about when the map was read from a file. Patterns are looked up in
/// indexes, never tried context by context, so the work grows with the size of the map plus the size of the code.
/// </summary>
internal static class ContextResolver
{
    public static ContextModel Resolve(ContextMap map, CodeBase codeBase)
    {
        ArgumentNullException.ThrowIfNull(codeBase);
        var problems = new Problems();
        var contexts = map.Contexts.Select(d => new BoundedContext(d)).ToList();
        var assemblyNames = new NameIndex(codeBase.Assemblies.Select(a => a.Name), ignoreCase: true);
        var namespaceNames = new NameIndex(codeBase.Assemblies.SelectMany(a => a.Namespaces), ignoreCase: false);

        var assemblyOwners = ResolveAssemblies(map, codeBase, contexts, assemblyNames, problems);
        var kernelIndex = Index(map.SharedKernelAssemblies, ignoreCase: true);
        var kernel = codeBase.Assemblies.Where(a => kernelIndex.Matches(a.Name).Count > 0).Select(a => a.Name).ToList();
        var kernelSet = kernel.ToHashSet(StringComparer.OrdinalIgnoreCase);
        ReportUnmatched(map.SharedKernelAssemblies, assemblyNames, "The shared kernel's assembly pattern", "assembly", problems, null);

        var namespaceIndex = new PatternIndex<BoundedContext>(ignoreCase: false);
        foreach (var context in contexts)
        {
            foreach (var pattern in context.Definition.Namespaces)
            {
                namespaceIndex.Add(pattern, context);
            }
        }

        var kernelNamespaces = Index(map.SharedKernelNamespaces, ignoreCase: false);
        // What the patterns say of a namespace is worked out once per namespace, not once per type, and from the
        // namespaces an assembly holds, not from its types: those of an assembly no context claims are not read.
        var claimsOf = new Dictionary<string, Claims>(StringComparer.Ordinal);
        Claims Claim(string ns)
        {
            var matches = namespaceIndex.Matches(ns);
            return new Claims(matches, [.. matches.Select(c => c.Value).Distinct()], kernelNamespaces.Matches(ns).Count > 0);
        }

        Claims ClaimsOf(string ns)
        {
            if (!claimsOf.TryGetValue(ns, out var claimed))
            {
                claimsOf[ns] = claimed = Claim(ns);
            }

            return claimed;
        }

        var claimedNamespaces = new HashSet<string>(StringComparer.Ordinal);
        var owning = new List<InspectedAssembly>();
        var unowned = new List<InspectedAssembly>();
        foreach (var assembly in codeBase.Assemblies)
        {
            var owner = assemblyOwners.GetValueOrDefault(assembly.Name);
            var owns = owner is not null;
            var leaves = false;
            foreach (var ns in assembly.Namespaces)
            {
                var (claims, byNamespace, inKernel) = ClaimsOf(ns);
                if (byNamespace.Count > 1 && claimedNamespaces.Add(ns))
                {
                    var patterns = byNamespace.Select(c => claims.First(m => m.Value == c).Pattern).ToList();
                    problems.Add(
                        patterns[^1].Position,
                        $"Namespace {ns} is claimed by contexts {Join(byNamespace.Select((c, i) => $"'{c.Name}' (pattern {patterns[i]}{SourcePosition.At(patterns[i].Position)})"))}; make their namespace patterns exclusive.",
                        byNamespace);
                }

                if (owner is not null && byNamespace.Count == 1 && byNamespace[0] != owner && claimedNamespaces.Add(ns))
                {
                    problems.Add(
                        claims[0].Pattern.Position,
                        $"Namespace {ns} is claimed by context '{byNamespace[0].Name}', but its assembly {assembly.Name} belongs to context '{owner.Name}'; a type can belong to one context only.",
                        [byNamespace[0], owner]);
                }

                owns |= byNamespace.Count == 1;
                leaves |= owner is null && byNamespace.Count != 1 && !inKernel;
            }

            if (owns)
            {
                owning.Add(assembly);
            }

            if (leaves && !kernelSet.Contains(assembly.Name))
            {
                unowned.Add(assembly);
            }
        }

        // The types of the assemblies a context claims, read side by side.
        codeBase.ForEachAssembly(owning, assembly => _ = assembly.Types);
        // Every type of an assembly a context's pattern claims is that context's: the assembly says it. Only the types
        // of assemblies that namespace patterns share out are owned one by one (a table of every type was 6.5 MB at
        // 3,000 assemblies).
        var ownedAssemblies = new Dictionary<InspectedAssembly, BoundedContext>(ReferenceEqualityComparer.Instance);
        var typeOwners = new Dictionary<InspectedType, BoundedContext>(SameObject.Comparer);
        var typesOf = new Dictionary<BoundedContext, List<InspectedType>>();
        foreach (var assembly in owning)
        {
            if (assemblyOwners.GetValueOrDefault(assembly.Name) is { } owner)
            {
                ownedAssemblies[assembly] = owner;
                TypesOf(typesOf, owner).AddRange(assembly.Types);
                continue;
            }

            foreach (var type in assembly.Types)
            {
                if (ClaimsOf(type.Name.Namespace).Contexts is [var context])
                {
                    typeOwners[type] = context;
                    TypesOf(typesOf, context).Add(type);
                }
            }
        }

        // Static, so that the table is a local of this method and dies with it: read by a local function that captures
        // it, it joined the variables the model's question of unowned types (IsUnowned) captures, and every context's
        // list of types was held twice to the end of the check (3.3 MB over 1,000 contexts).
        static List<InspectedType> TypesOf(Dictionary<BoundedContext, List<InspectedType>> typesOf, BoundedContext context)
        {
            if (!typesOf.TryGetValue(context, out var types))
            {
                typesOf[context] = types = [];
            }

            return types;
        }

        foreach (var context in contexts)
        {
            ReportUnmatched(context.Definition.Namespaces, namespaceNames, $"Context '{context.Name}': namespace pattern", "namespace", problems, context);
        }

        ReportUnmatched(map.SharedKernelNamespaces, namespaceNames, "The shared kernel's namespace pattern", "namespace", problems, null);

        var assemblyList = codeBase.Assemblies.Select(a => a.Name).ToList();
        var assembliesByName = codeBase.Assemblies.ToLookup(a => a.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var context in contexts)
        {
            // Arrays of their length, held to the end of the check: a list built from a sorted sequence kept up to twice
            // the room (0.6 MB over 3,000 assemblies, with the contract types').
            context.Types = typesOf.GetValueOrDefault(context, []).OrderBy(t => t.Name, FullNameOrder.Instance).ToArray();
            context.Assemblies = [.. context.Types.Select(t => t.Assembly).Distinct().OrderBy(a => a.Name, StringComparer.Ordinal)];
            if (context.Types.Count == 0)
            {
                // A context whose patterns were already reported needs no second message saying it is empty.
                if (!problems.IsAbout(context))
                {
                    problems.Add(context.Definition.Position, $"Context '{context.Name}' matched no type in the inspected assemblies; check its patterns against: {Sample(assemblyList)}.", [context]);
                }

                continue;
            }

            ResolveContracts(context, assemblyNames, assembliesByName, namespaceNames, assemblyOwners, problems);
        }

        if (problems.Count > 0)
        {
            throw new FitnessKitException(problems.Items);
        }

        // A type of an assembly no pattern claims, in a namespace no context claims and outside the shared kernel.
        // Asked later, perhaps on several threads: it reads the claims worked out above, every namespace's among them.
        bool IsUnowned(InspectedType type) =>
            (claimsOf.TryGetValue(type.Name.Namespace, out var claims) ? claims : Claim(type.Name.Namespace)) is { Contexts.Count: not 1, InKernel: false };
        return new ContextModel(map, codeBase, contexts, new TypeOwners(ownedAssemblies, typeOwners), [.. assemblyOwners.Keys], kernel, unowned, IsUnowned);
    }

    private static Dictionary<string, BoundedContext> ResolveAssemblies(ContextMap map, CodeBase codeBase, List<BoundedContext> contexts, NameIndex assemblyNames, Problems problems)
    {
        var index = new PatternIndex<BoundedContext>(ignoreCase: true);
        foreach (var context in contexts)
        {
            foreach (var pattern in context.Definition.Assemblies)
            {
                index.Add(pattern, context);
            }
        }

        var kernel = Index(map.SharedKernelAssemblies, ignoreCase: true);
        var owners = new Dictionary<string, BoundedContext>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in codeBase.Assemblies)
        {
            var matches = index.Matches(assembly.Name);
            var claims = matches.Select(m => m.Value).Distinct().ToList();
            if (claims.Count > 1)
            {
                var patterns = claims.Select(c => matches.First(m => m.Value == c).Pattern).ToList();
                problems.Add(
                    patterns[^1].Position,
                    $"Assembly {assembly.Name} is claimed by contexts {Join(claims.Select((c, i) => $"'{c.Name}' (pattern {patterns[i]}{SourcePosition.At(patterns[i].Position)})"))}; an assembly can belong to one context only.",
                    claims);
            }
            else if (claims.Count == 1)
            {
                if (kernel.Matches(assembly.Name) is [var byKernel, ..])
                {
                    problems.Add(
                        matches[0].Pattern.Position,
                        $"Assembly {assembly.Name} is claimed by context '{claims[0].Name}' and by the shared kernel (pattern {byKernel.Pattern}{SourcePosition.At(byKernel.Pattern.Position)}); it can be one or the other.",
                        claims);
                }

                owners[assembly.Name] = claims[0];
            }
        }

        foreach (var context in contexts)
        {
            ReportUnmatched(context.Definition.Assemblies, assemblyNames, $"Context '{context.Name}': assembly pattern", "assembly", problems, context);
        }

        return owners;
    }

    private static void ResolveContracts(BoundedContext context, NameIndex assemblyNames, ILookup<string, InspectedAssembly> assembliesByName, NameIndex namespaceNames, Dictionary<string, BoundedContext> assemblyOwners, Problems problems)
    {
        var contractAssemblies = new List<string>();
        foreach (var pattern in context.Definition.ContractAssemblies)
        {
            var matched = assemblyNames.Matching(pattern).SelectMany(n => assembliesByName[n]).ToList();
            if (matched.Count == 0)
            {
                problems.Add(pattern.Position, $"Context '{context.Name}': contract pattern '{pattern}' matches no inspected assembly{DidYouMean(pattern.Text, context.Assemblies.Select(a => a.Name))}.", [context]);
            }

            foreach (var assembly in matched)
            {
                var owner = assemblyOwners.GetValueOrDefault(assembly.Name);
                if (owner != context && !context.Assemblies.Contains(assembly))
                {
                    problems.Add(pattern.Position, $"Context '{context.Name}': contract assembly {assembly.Name} is not inside the context ({(owner is null ? "it belongs to no context" : $"it belongs to '{owner.Name}'")}); a context's contracts must be its own assemblies.", [context]);
                }
                else
                {
                    contractAssemblies.Add(assembly.Name);
                }
            }
        }

        foreach (var pattern in context.Definition.ContractNamespaces)
        {
            if (!context.Types.Any(t => pattern.Matches(t.Name.Namespace)))
            {
                var outside = namespaceNames.Matching(pattern).FirstOrDefault();
                problems.Add(
                    pattern.Position,
                    outside is null
                        ? $"Context '{context.Name}': contract namespace pattern '{pattern}' matches no namespace{DidYouMean(pattern.Text, context.Types.Select(t => t.Name.Namespace).Distinct())}."
                        : $"Context '{context.Name}': contract namespace pattern '{pattern}' matches {outside}, which is not inside the context; a context's contracts must be its own namespaces.",
                    [context]);
            }
        }

        context.ContractAssemblies = [.. contractAssemblies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        context.ContractTypes = context.Types.Where(t => t.IsVisibleOutsideAssembly && context.IsContract(t.Name)).ToArray();
    }

    private static PatternIndex<bool> Index(IEnumerable<NamePattern> patterns, bool ignoreCase)
    {
        var index = new PatternIndex<bool>(ignoreCase);
        foreach (var pattern in patterns)
        {
            index.Add(pattern, true);
        }

        return index;
    }

    private static void ReportUnmatched(IEnumerable<NamePattern> patterns, NameIndex names, string owner, string what, Problems problems, BoundedContext? context)
    {
        foreach (var pattern in patterns)
        {
            if (!names.Any(pattern))
            {
                problems.Add(pattern.Position, $"{owner} '{pattern}' matches no inspected {what}{names.Suggester.DidYouMean(Plain(pattern.Text))}.", context is null ? [] : [context]);
            }
        }
    }

    /// <summary>A suggestion for a pattern: its wildcards taken out, compared with the names there are.</summary>
    private static string DidYouMean(string pattern, IEnumerable<string> candidates) => Suggestions.DidYouMean(Plain(pattern), candidates);

    /// <summary>A pattern without its wildcards, to compare with names for a suggestion.</summary>
    private static string Plain(string pattern) => pattern.Replace(".**", string.Empty, StringComparison.Ordinal).Replace("*", string.Empty, StringComparison.Ordinal);

    private static string Sample(List<string> names) =>
        names.Count <= 8 ? string.Join(", ", names) : string.Join(", ", names.Take(8)) + $" and {names.Count - 8} more";

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    /// <summary>The problems found, each at its position, and the contexts they are about.</summary>
    private sealed class Problems
    {
        private readonly HashSet<BoundedContext> _about = new();

        public List<string> Items { get; } = new();

        public int Count => Items.Count;

        public void Add(SourcePosition? position, string problem, IEnumerable<BoundedContext> about)
        {
            Items.Add(SourcePosition.Prefix(position, problem));
            _about.UnionWith(about);
        }

        public bool IsAbout(BoundedContext context) => _about.Contains(context);
    }

    /// <summary>What the map's patterns say of one namespace: the patterns that match it, the contexts they name, and whether the shared kernel claims it.</summary>
    private sealed record Claims(List<PatternIndex<BoundedContext>.Entry> Patterns, List<BoundedContext> Contexts, bool InKernel);
}
