using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Rules.ContractLeak;
using FitnessKit.Rules.ForeignDbContext;

namespace FitnessKit.Rules.ContractsOnly;

/// <summary>FK001: a context uses another context only through that context's contracts, at type level and at assembly-reference level.</summary>
internal sealed class ContractsOnlyRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ContractsOnly;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        var model = context.Model;

        var violations = new List<Violation>();
        var reachedAssemblies = new HashSet<(string From, string To)>();
        var offers = new Dictionary<(BoundedContext Source, BoundedContext Target), Offer>();
        Offer Allowed(BoundedContext source, BoundedContext target)
        {
            if (!offers.TryGetValue((source, target), out var offer))
            {
                offers[(source, target)] = offer = Offer.Of(context.CodeBase, target, AllowedFor(context, source, target));
            }

            return offer;
        }

        foreach (var source in model.Contexts)
        {
            var verdicts = new Dictionary<TypeName, Verdict?>();
            foreach (var type in source.Types)
            {
                foreach (var edge in ForbiddenEdges(model, source, type, verdicts))
                {
                    reachedAssemblies.Add((type.Assembly.Name, edge.Target.Assembly));
                    if (ForeignDbContextRule.Reports(context, edge.Target) || ContractLeakRule.Reports(context, source, type, edge.Target))
                    {
                        continue;
                    }

                    violations.Add(TypeViolation(context.CodeBase, source, type, edge, Allowed(source, edge.Context)));
                }
            }
        }

        foreach (var source in model.Contexts)
        {
            foreach (var assembly in source.Assemblies)
            {
                foreach (var reference in assembly.References)
                {
                    var target = model.ContextOf(new TypeName(reference, string.Empty, string.Empty));
                    if (target is null || target == source || reachedAssemblies.Contains((assembly.Name, reference)) || HoldsContractTypes(target, reference)
                        || Refusal(source, target, new TypeName(reference, string.Empty, string.Empty)) is not { } reason)
                    {
                        continue;
                    }

                    violations.Add(AssemblyViolation(context.CodeBase, source, assembly, reference, target, reason, Allowed(source, target)));
                }
            }
        }

        return violations;
    }

    /// <summary>The dependencies of a type that the rule forbids, grouped by member and target; each target is judged once per source context (<paramref name="verdicts"/>), not once per use.</summary>
    private static IEnumerable<Edge> ForbiddenEdges(ContextModel model, BoundedContext source, InspectedType type, Dictionary<TypeName, Verdict?> verdicts)
    {
        // Made at the first forbidden dependency: most types have none. Keyed by a class, whose dictionary is the runtime's
        // precompiled one for references: a tuple key has the dictionary's code compiled at run time, slowly at first.
        Dictionary<EdgeKey, Edge>? edges = null;
        // By index: a list of dependencies (structs) enumerated through its interface is generic code compiled at every start.
        var dependencies = model.View.Of(type);
        for (var i = 0; i < dependencies.Count; i++)
        {
            var dependency = dependencies[i];
            if (!verdicts.TryGetValue(dependency.Target, out var verdict) || !Shortcuts.Taken)
            {
                var target = model.ContextOf(dependency.Target);
                verdicts[dependency.Target] = verdict = target is null || target == source || Refusal(source, target, dependency.Target) is not { } reason
                    ? null
                    : new Verdict(target, reason);
            }

            if (verdict is null)
            {
                continue;
            }

            var key = new EdgeKey(dependency.Member, dependency.Target);
            edges ??= new();
            if (!edges.TryGetValue(key, out var edge))
            {
                edges[key] = edge = new Edge(dependency.Member, dependency.Target, verdict.Context, verdict.Reason, dependency);
            }

            edge.Add(dependency);
        }

        return edges is null ? [] : edges.Values;
    }

    /// <summary>Whether an assembly holds some of a context's contract types, in a contract namespace (<c>Ordering.API.IntegrationEvents.Events</c> in <c>Ordering.API</c>): a reference to it is needed to use them, and each use is judged at type level.</summary>
    private static bool HoldsContractTypes(BoundedContext target, string assembly) =>
        target.ContractTypes.Any(t => string.Equals(t.Assembly.Name, assembly, StringComparison.OrdinalIgnoreCase));

    /// <summary>Why <paramref name="source"/> may not use <paramref name="type"/> of <paramref name="target"/>, or <see langword="null"/> when it may.</summary>
    private static string? Refusal(BoundedContext source, BoundedContext target, TypeName type)
    {
        if (!target.IsContract(type))
        {
            return target.Definition.ContractNamespaces.Count > 0 && target.Definition.ContractAssemblies.Count == 0
                ? $"namespace {type.Namespace} is not one of {Phrases.Possessive(target.Name)} contracts"
                : $"assembly {type.Assembly} is not one of {Phrases.Possessive(target.Name)} contracts";
        }

        if (source.Definition.MayUse is not { } allowed)
        {
            return null;
        }

        var permission = allowed.FirstOrDefault(a => string.Equals(a.Context, target.Name, StringComparison.Ordinal));
        if (permission is null && allowed.Count == 0)
        {
            return $"{source.Name} may use no other context (its mayUse is empty), not {target.Name}";
        }

        if (permission is null)
        {
            return $"{source.Name} may use only the contracts of {Phrases.And([.. allowed.Select(a => a.Context)])}, not those of {target.Name}";
        }

        return permission.Contracts.Count == 0 || permission.Contracts.Any(p => p.Matches(type.Assembly, ignoreCase: true) || p.Matches(type.Namespace))
            ? null
            : $"{source.Name} may use only {Phrases.And([.. permission.Contracts.Select(p => p.Text)])} of {target.Name}";
    }

    private static Violation TypeViolation(CodeBase codeBase, BoundedContext source, InspectedType type, Edge edge, Offer offer)
    {
        var kinds = DependencyKindSet.Kinds(edge.KindMask);
        var isContract = edge.Context.IsContract(edge.Target);
        var location = codeBase.Locate(edge.Anchor);

        // Thousands of these on a large system, most never printed: the sentences are composed when read.
        var sentences = new TypeUseSentences(codeBase, type.Name, edge.Member, location, kinds, edge.Target, isContract, source.Name, edge.Context.Name, edge.Reason, offer);
        return new Violation(RuleCatalog.ContractsOnly, type.Assembly.Name, sentences)
        {
            SourceContext = source.Name,
            SourceType = type.Name.ReportedName,
            SourceMember = edge.Member,
            Kinds = kinds,
            TargetContext = edge.Context.Name,
            TargetAssembly = edge.Target.Assembly,
            TargetType = edge.Target.ReportedName,
            Location = location,
            Allowed = offer.Names,
        };
    }

    private static Violation AssemblyViolation(CodeBase codeBase, BoundedContext source, InspectedAssembly assembly, string reference, BoundedContext target, string reason, Offer offer)
    {
        return new Violation
        {
            Rule = RuleCatalog.ContractsOnly,
            Message = $"Assembly {assembly.Name} of context {source.Name} references assembly {reference}, which {(target.IsContract(new TypeName(reference, string.Empty, string.Empty)) ? $"belongs to context {target.Name}" : $"context {target.Name} keeps to itself")}: {reason}. {offer.Sentence}",
            Fix = $"Remove the reference from {assembly.Name} to {reference} and reference {Phrases.Possessive(target.Name)} contract assemblies instead.",
            SourceContext = source.Name,
            SourceAssembly = assembly.Name,
            TargetContext = target.Name,
            TargetAssembly = reference,
            Allowed = offer.Names,
        };
    }

    /// <summary>The contract types of <paramref name="target"/> that <paramref name="source"/> may use, leaving out persistence types and contracts that expose them or another type FK010 calls a leak: those are violations of their own, never a fix.</summary>
    private static List<TypeName> AllowedFor(RuleContext context, BoundedContext source, BoundedContext target) =>
        [.. target.ContractTypes
            .Where(t => Refusal(source, target, t.Name) is null
                && !context.Persistence.IsPersistenceType(t.Name)
                && !context.SurfaceOf(t).Any(d => d.IsPublicSurface && context.Persistence.IsPersistenceType(d.Target))
                && !ContractLeakRule.Leaks(context, target, t))
            .Select(t => t.Name)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Why a source context may not use a target type: the context that owns it and the reason.</summary>
    private sealed record Verdict(BoundedContext Context, string Reason);

    private sealed record EdgeKey(string? Member, TypeName Target);

    /// <summary>
    /// The uses of one target by one member of a type: their kinds, and where the violation is placed, the first use
    /// that has an instruction (a line in a PDB), else the first. Not a list of every use: an edge of a large type held
    /// hundreds, only to be read for these two.
    /// </summary>
    private sealed class Edge(string? member, TypeName target, BoundedContext context, string reason, TypeDependency first)
    {
        public string? Member { get; } = member;

        public TypeName Target { get; } = target;

        public BoundedContext Context { get; } = context;

        public string Reason { get; } = reason;

        public TypeDependency Anchor { get; private set; } = first;

        public ulong KindMask { get; private set; }

        public void Add(TypeDependency dependency)
        {
            KindMask |= DependencyKindSet.Bit(dependency.Kind);
            if (Anchor.Anchor.ILOffset < 0 && dependency.Anchor.ILOffset >= 0)
            {
                Anchor = dependency;
            }
        }
    }
}
