using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;

namespace FitnessKit.Rules.PersistenceInternal;

/// <summary>
/// FK003: DbContexts, entity configurations, migrations, model snapshots, mapped entities and repository
/// implementations stay inside their context, and no contract type exposes one in its public surface. By default a
/// public persistence type is judged at the context's boundary (see <see cref="PersistenceBoundary"/>): it is fine while
/// only its context's own assemblies use it, and reported when another context uses it, or when nothing outside its
/// assembly does (then <c>internal</c> is the whole fix).
/// </summary>
internal sealed class PersistenceInternalRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PersistenceInternal;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        var model = context.Model;
        var candidates = new List<(PersistenceType Persistence, InspectedType Type, BoundedContext Owner)>();
        foreach (var persistence in context.Persistence.Types)
        {
            if (context.CodeBase.FindType(persistence.Type) is { IsVisibleOutsideAssembly: true } type && model.ContextOf(type) is { } owner)
            {
                candidates.Add((persistence, type, owner));
            }
        }

        var strict = model.Map.Persistence.InternalTo == PersistenceBoundary.Assembly;
        var users = strict ? null : PersistenceUsers.Find(context.CodeBase, [.. candidates.Select(c => c.Type)], context.Model.View);
        foreach (var (persistence, type, owner) in candidates)
        {
            var name = context.CodeBase.NameOf(type.Name);
            var verdict = strict ? PublicPersistence.Strict(persistence, type, owner, name) : PublicPersistence.AtContextBoundary(persistence, type, owner, name, users!.Of(type.Name), model);
            if (verdict is not null)
            {
                yield return verdict with { Location = context.CodeBase.Locate(type) };
            }
        }

        foreach (var owner in model.Contexts)
        {
            foreach (var contract in owner.ContractTypes)
            {
                foreach (var exposure in PersistenceExposures(context, context.SurfaceOf(contract)))
                {
                    var (member, target) = (exposure[0].Member, exposure[0].Target);
                    var persistence = context.Persistence.Find(target)!;
                    var kinds = DependencyKindSet.Of(exposure);
                    yield return new Violation
                    {
                        Rule = RuleCatalog.PersistenceInternal,
                        Message = $"Contract type {Phrases.Member(contract.Name.DisplayName, member)} of context {owner.Name} exposes {persistence.Type.DisplayName}, {Phrases.WithArticle(persistence.KindText)}, in its public surface ({Phrases.Kinds(kinds)}), so every consumer of the contract is bound to {Phrases.Possessive(owner.Name)} storage model.",
                        Fix = $"Expose a contract type (a DTO or event with only the fields consumers need) instead of {persistence.Type.DisplayName}, and map between them inside {owner.Name}.",
                        SourceContext = owner.Name,
                        SourceAssembly = contract.Assembly.Name,
                        SourceType = contract.Name.ReportedName,
                        SourceMember = member,
                        Kinds = kinds,
                        TargetContext = model.ContextOf(persistence.Type)?.Name,
                        TargetAssembly = persistence.Type.Assembly,
                        TargetType = persistence.Type.ReportedName,
                        Location = context.CodeBase.Locate(exposure[0]),
                    };
                }
            }
        }
    }

    /// <summary>
    /// A contract's public surface that names persistence types, grouped by member and type in the order first met.
    /// A loop, not LINQ: filtering and grouping structs is generic code no precompiled image holds, compiled at every
    /// start, for every check, though most contracts expose no persistence type.
    /// </summary>
    private static List<List<TypeDependency>> PersistenceExposures(RuleContext context, IReadOnlyList<TypeDependency> dependencies)
    {
        var exposures = new List<List<TypeDependency>>();
        for (var i = 0; i < dependencies.Count; i++)
        {
            var dependency = dependencies[i];
            if (!dependency.IsPublicSurface || !context.Persistence.IsPersistenceType(dependency.Target))
            {
                continue;
            }

            var group = GroupOf(exposures, dependency);
            if (group is null)
            {
                exposures.Add([dependency]);
            }
            else
            {
                group.Add(dependency);
            }
        }

        return exposures;
    }

    /// <summary>
    /// The group of a member's uses of one type, if any yet. A loop, not <c>List.Find</c> with a lambda: the lambda's
    /// capture of the dependency is an object made for every dependency of every contract, exposed or not (18 MB at
    /// 3,000 assemblies).
    /// </summary>
    private static List<TypeDependency>? GroupOf(List<List<TypeDependency>> exposures, TypeDependency dependency)
    {
        foreach (var exposure in exposures)
        {
            if (string.Equals(exposure[0].Member, dependency.Member, StringComparison.Ordinal) && exposure[0].Target.Equals(dependency.Target))
            {
                return exposure;
            }
        }

        return null;
    }
}
