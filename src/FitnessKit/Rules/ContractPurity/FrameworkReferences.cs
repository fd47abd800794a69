using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractPurity;

/// <summary>
/// The frameworks a context's contracts pull in. A contract assembly is judged by its assembly references. A contract
/// namespace inside a larger assembly (<c>contractNamespaces</c>) is judged by what its own types use: the assembly
/// around it may well reference EF Core or ASP.NET Core for its other code, which consumers of the contract never see;
/// so the chain starts at the assemblies the contract types depend on, and goes on through their references.
/// </summary>
internal static class FrameworkReferences
{
    public static IEnumerable<Violation> Of(CodeBase codeBase, DependencyView view, BoundedContext owner)
    {
        foreach (var assembly in owner.Assemblies)
        {
            if (owner.Definition.ContractAssemblies.Any(p => p.Matches(assembly.Name, ignoreCase: true)))
            {
                var chains = FrameworkChain.Find(codeBase, [.. assembly.References.Order(StringComparer.OrdinalIgnoreCase)], assembly.Name);
                var users = chains.Count == 0 ? [] : FirstUses(view, assembly.Types, assembly);
                foreach (var chain in chains)
                {
                    // The first type that uses the first hop shows where the reference comes from.
                    var location = users.TryGetValue(chain.Assemblies[0], out var use) ? codeBase.Locate(use.Dependency) ?? codeBase.Locate(use.Type) : null;
                    yield return Report(owner, assembly.Name, $"assembly {assembly.Name}", [assembly.Name, .. chain.Assemblies], chain, source: null, location);
                }

                continue;
            }

            var uses = FirstUses(view, owner.Types.Where(t => t.Assembly == assembly && owner.IsContract(t.Name)), assembly);
            if (uses.Count == 0)
            {
                continue;
            }

            foreach (var chain in FrameworkChain.Find(codeBase, [.. uses.Keys], assembly.Name))
            {
                var (type, dependency) = uses[chain.Assemblies[0]];
                var name = codeBase.NameOf(type.Name);
                yield return Report(owner, assembly.Name, $"namespace {type.Name.Namespace} (in assembly {assembly.Name})", [name, .. chain.Assemblies], chain, type, codeBase.Locate(dependency));
            }
        }
    }

    /// <summary>The other assemblies that types of an assembly use, each with the first type (by name) and dependency that uses it.</summary>
    private static Dictionary<string, (InspectedType Type, TypeDependency Dependency)> FirstUses(DependencyView view, IEnumerable<InspectedType> types, InspectedAssembly assembly)
    {
        var uses = new Dictionary<string, (InspectedType, TypeDependency)>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            foreach (var dependency in view.Of(type))
            {
                var target = dependency.Target.Assembly;
                if (target.Length > 0 && !string.Equals(target, assembly.Name, StringComparison.OrdinalIgnoreCase))
                {
                    uses.TryAdd(target, (type, dependency));
                }
            }
        }

        return uses;
    }

    private static Violation Report(BoundedContext owner, string assembly, string contract, IReadOnlyList<string> path, FrameworkChain chain, InspectedType? source, SourceLocation? location)
    {
        var framework = chain.Framework;
        var reached = chain.Assemblies[^1];
        var direct = chain.Assemblies.Count == 1;
        var how = direct
            ? source is null ? "references it directly" : "uses it directly"
            : $"pulls it in through {Phrases.And([.. chain.Assemblies.Take(chain.Assemblies.Count - 1)])}";
        return new Violation
        {
            Rule = RuleCatalog.ContractPurity,
            Message = $"Contract {contract} of context {owner.Name} depends on {framework.Name}, {Phrases.WithArticle(framework.Role)}: {string.Join(" -> ", path)}. It {how}, so every context that uses {Phrases.Possessive(owner.Name)} contract must take {reached}, in the version {owner.Name} chose, whether it needs it or not.",
            Fix = direct && source is not null
                ? $"Move {path[0]}, or the part of it that needs {framework.Name}, out of the contract namespace into {Phrases.Possessive(owner.Name)} other code."
                : direct
                ? $"Move the code that needs {framework.Name} out of the contract into {Phrases.Possessive(owner.Name)} own assemblies, and remove the reference to {reached}."
                : $"Remove the contract's dependency on {chain.Assemblies[0]}, or move the code of {chain.Assemblies[^2]} that needs {framework.Name} into an assembly that contracts do not reference.",
            SourceContext = owner.Name,
            SourceAssembly = assembly,
            SourceType = source?.Name.ReportedName,
            TargetAssembly = reached,
            Location = location,
            Related = path,
        };
    }
}
