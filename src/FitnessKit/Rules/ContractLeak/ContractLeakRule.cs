using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractLeak;

/// <summary>
/// FK010: a contract's public surface (its visible types' base types, interfaces, generic constraints, attributes and
/// attribute arguments, and the signatures of their public and protected members, generic arguments included) names
/// only contract types, shared-kernel types, and framework or package types. A type of its own context outside the
/// contracts, another context's internal type, or a first-party type of no context is a leak. Persistence types are
/// FK003's when it runs too; FK001 leaves what this rule reports to it.
/// </summary>
internal sealed class ContractLeakRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ContractLeak;

    /// <summary>
    /// Whether this rule reports a contract type's exposure of a target in the current evaluation. FK001 then leaves
    /// every use of that target by that type to it: the code a record's members hold (its <c>Equals</c>) follows from the leak.
    /// </summary>
    public static bool Reports(RuleContext context, BoundedContext owner, InspectedType type, TypeName target) =>
        context.EvaluatedRules.Contains(RuleCatalog.ContractLeak.Id) && type.IsVisibleOutsideAssembly && owner.IsContract(type.Name)
        && Exposes(context.Model.View.Of(type), target) && LeakOf(context, owner, target) is not null;

    /// <summary>Whether a type's public surface names the target; by index and without a lambda, which FK001 made for each violation it weighed.</summary>
    private static bool Exposes(IReadOnlyList<TypeDependency> dependencies, TypeName target)
    {
        for (var i = 0; i < dependencies.Count; i++)
        {
            if (dependencies[i].IsPublicSurface && dependencies[i].Target.Equals(target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a contract type exposes a type it must not, so that no message offers it as the alternative to a violation.</summary>
    public static bool Leaks(RuleContext context, BoundedContext owner, InspectedType type) =>
        context.Model.View.Of(type).Any(d => d.IsPublicSurface && LeakOf(context, owner, d.Target) is not null);

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        foreach (var owner in context.Model.Contexts)
        {
            foreach (var contract in owner.ContractTypes)
            {
                // Most contract types expose nothing they must not: their surface is grouped by target only when one does.
                if (!Leaks(context, owner, contract))
                {
                    continue;
                }

                var targets = ExposuresOf(context.Model.View.Of(contract), out var exposures);
                foreach (var target in targets)
                {
                    if (LeakOf(context, owner, target) is { } leak)
                    {
                        yield return Report(context.CodeBase, owner, contract, Ranked(exposures[target]), leak);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A contract's public surface grouped by the type it names: the types in the order they are first named, and the
    /// dependencies that name each in the surface's order. Loops, not LINQ: grouping or ordering a struct is generic
    /// code no precompiled image holds, compiled at every start.
    /// </summary>
    private static List<TypeName> ExposuresOf(IReadOnlyList<TypeDependency> dependencies, out Dictionary<TypeName, List<TypeDependency>> exposures)
    {
        var targets = new List<TypeName>();
        exposures = new Dictionary<TypeName, List<TypeDependency>>();
        for (var i = 0; i < dependencies.Count; i++)
        {
            var dependency = dependencies[i];
            if (!dependency.IsPublicSurface)
            {
                continue;
            }

            if (!exposures.TryGetValue(dependency.Target, out var exposure))
            {
                exposures[dependency.Target] = exposure = [];
                targets.Add(dependency.Target);
            }

            exposure.Add(dependency);
        }

        return targets;
    }

    /// <summary>An exposure's dependencies by <see cref="Rank"/>, then kind, each keeping its place among its equals.</summary>
    private static List<TypeDependency> Ranked(List<TypeDependency> exposure)
    {
        var ranked = new List<TypeDependency>(exposure.Count);
        foreach (var dependency in exposure)
        {
            var at = ranked.Count;
            while (at > 0 && Before(dependency, ranked[at - 1]))
            {
                at--;
            }

            ranked.Insert(at, dependency);
        }

        return ranked;
    }

    private static bool Before(TypeDependency x, TypeDependency y) => Rank(x) != Rank(y) ? Rank(x) < Rank(y) : x.Kind < y.Kind;

    /// <summary>
    /// Which member a leak is reported at when several expose the same type: the type itself (its base type,
    /// interfaces, attributes), then the members the user wrote, then those a record's or a primary constructor's
    /// declaration makes of them (the constructor, <c>Deconstruct</c>), which say the same thing again.
    /// </summary>
    private static int Rank(TypeDependency dependency) => dependency.Member switch
    {
        null => 0,
        ".ctor" or "Deconstruct" => 2,
        _ => 1,
    };

    /// <summary>What is wrong with a contract of <paramref name="owner"/> naming <paramref name="target"/> in its surface, or <see langword="null"/> when nothing is.</summary>
    private static Leak? LeakOf(RuleContext context, BoundedContext owner, TypeName target)
    {
        var model = context.Model;
        // The type itself is read only where it can matter: in a context, or in the system's own assembly of none. Of
        // the runtime's and packages' types in no context nothing is reported, and their assemblies' types are not read.
        var home = model.ContextOf(target);
        var inspected = home is not null || !Shortcuts.Taken || context.CodeBase.AssemblyNamed(target.Assembly) is { IsFirstParty: true } ? context.CodeBase.FindType(target) : null;
        if (GenericParameters.IsPlaceholder(target) || inspected is { IsVisibleOutsideAssembly: false } || model.IsSharedKernel(target)
            || (context.EvaluatedRules.Contains(RuleCatalog.PersistenceInternal.Id) && context.Persistence.IsPersistenceType(target)))
        {
            // Consumers cannot name a type hidden in its assembly (an attribute the compiler embeds, a typeof of an
            // internal converter); the shared kernel is everyone's; FK003 reports persistence types in contracts.
            return null;
        }

        if (home is not null)
        {
            return home.IsContract(target) ? null : new Leak(home, NotAContract(home, target));
        }

        return inspected is { Assembly.IsFirstParty: true }
            ? new Leak(null, $"assembly {target.Assembly} is in no context and is not the shared kernel")
            : null;
    }

    private static string NotAContract(BoundedContext home, TypeName target) => home.Definition switch
    {
        { ContractNamespaces.Count: 0, ContractAssemblies.Count: 0 } => $"context {home.Name} has no contracts",
        { ContractNamespaces.Count: > 0, ContractAssemblies.Count: 0 } => $"namespace {target.Namespace} is not one of {Phrases.Possessive(home.Name)} contracts",
        _ => $"assembly {target.Assembly} is not one of {Phrases.Possessive(home.Name)} contracts",
    };

    private static Violation Report(CodeBase codeBase, BoundedContext owner, InspectedType contract, IReadOnlyList<TypeDependency> exposure, Leak leak)
    {
        var target = exposure[0].Target;
        var targetName = codeBase.NameOf(target);
        var member = exposure[0].Member;
        // Loops over the exposure, by index: LINQ over a list of dependencies (structs) is generic code compiled at every start.
        var same = new List<TypeDependency>();
        var otherMembers = new List<string?>();
        for (var i = 0; i < exposure.Count; i++)
        {
            if (exposure[i].Member == member)
            {
                same.Add(exposure[i]);
            }
            else if (!otherMembers.Contains(exposure[i].Member))
            {
                otherMembers.Add(exposure[i].Member);
            }
        }

        var kinds = DependencyKindSet.Of(same);
        var others = otherMembers.Select(m => m switch { null => "the type itself", ".ctor" => "the constructor", _ => m }).ToList();
        // An abstract or interface member has no code for the PDB to place: the type's declaration stands in.
        var location = codeBase.Locate(exposure[0]) ?? codeBase.Locate(contract);
        var also = others.Count == 0 ? string.Empty : $"; also through {Phrases.And(others)}";
        var who = $"{Phrases.Member(codeBase, contract.Name, member, location)}, in a contract of context {owner.Name}, exposes {targetName} ({Phrases.Kinds(kinds)}{also})";
        var (what, consequence, fix) = leak.Home switch
        {
            null => (
                "a type of no context",
                $"every consumer of the contract needs {target.Assembly} too, and nobody owns what it promises",
                $"Expose a type of {Phrases.Possessive(owner.Name)} contracts instead of {targetName}, or move {targetName} into the shared kernel (sharedKernel in the context map) if every context may rely on it."),
            var home when home == owner => (
                $"a type {owner.Name} keeps to itself",
                $"every consumer of the contract is bound to {Phrases.Possessive(owner.Name)} internal model, which {owner.Name} can then no longer change alone",
                $"Expose a contract type instead of {targetName}: a DTO in {Phrases.Possessive(owner.Name)} contracts with only the data consumers need (or just its id), mapped from {targetName} inside {owner.Name}."),
            var home => (
                $"a type that context {home.Name} keeps to itself",
                $"every consumer of {Phrases.Possessive(owner.Name)} contract is bound to {Phrases.Possessive(home.Name)} internal model, and so is {owner.Name}",
                $"Expose a type of {Phrases.Possessive(owner.Name)} contracts instead of {targetName}, or one of {Phrases.Possessive(home.Name)} contract types if consumers are meant to see {Phrases.Possessive(home.Name)} data."),
        };

        return new Violation
        {
            Rule = RuleCatalog.ContractLeak,
            Message = $"{who}, {what}: {leak.Reason}. So {consequence}.",
            Fix = fix,
            SourceContext = owner.Name,
            SourceAssembly = contract.Assembly.Name,
            SourceType = contract.Name.ReportedName,
            SourceMember = member,
            Kinds = kinds,
            TargetContext = leak.Home?.Name,
            TargetAssembly = target.Assembly,
            TargetType = target.ReportedName,
            Location = location,
        };
    }

    /// <summary>Why a type may not appear in a contract's surface: the context that keeps it (none for a first-party type of no context) and the reason.</summary>
    private sealed record Leak(BoundedContext? Home, string Reason);
}
