using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;

namespace FitnessKit.Rules.ForeignDbContext;

/// <summary>
/// FK008: a type of one context uses the DbContext of another (creates it, receives it, calls it, holds it). When FK001
/// is evaluated too, it leaves these uses to this rule, so that one use is reported once, with the data wording.
/// </summary>
internal sealed class ForeignDbContextRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ForeignDbContext;

    /// <summary>Whether a target is a DbContext whose uses this rule reports in the current evaluation.</summary>
    public static bool Reports(RuleContext context, TypeName target) =>
        context.EvaluatedRules.Contains(RuleCatalog.ForeignDbContext.Id) && context.Persistence.Find(target) is { Kind: PersistenceKind.DbContext };

    /// <summary>Whether a dependency of a type is on the DbContext of another context than its own.</summary>
    private static bool UsesForeignDbContext(RuleContext context, BoundedContext source, InspectedType type)
    {
        foreach (var dependency in context.Model.View.Of(type))
        {
            if (IsForeignDbContext(context, source, dependency.Target))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a target is the DbContext of another context than <paramref name="source"/>.</summary>
    private static bool IsForeignDbContext(RuleContext context, BoundedContext source, TypeName target) =>
        context.Persistence.Find(target) is { Kind: PersistenceKind.DbContext } && context.Model.ContextOf(target) is { } owner && owner != source;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        var model = context.Model;
        // Only code whose assembly defines or references a DbContext's assembly can name that DbContext.
        var homes = context.Persistence.Types.Where(p => p.Kind == PersistenceKind.DbContext).Select(p => p.Type.Assembly).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Asked once per assembly, not per type; and a type is grouped only when one of its dependencies is another context's DbContext.
        var canName = new Dictionary<InspectedAssembly, bool>();
        foreach (var source in model.Contexts)
        {
            foreach (var type in source.Types)
            {
                if (!canName.TryGetValue(type.Assembly, out var reaches))
                {
                    canName[type.Assembly] = reaches = homes.Contains(type.Assembly.Name) || type.Assembly.References.Any(homes.Contains);
                }

                if (!reaches || !UsesForeignDbContext(context, source, type))
                {
                    continue;
                }

                foreach (var use in MemberTargetGroups.Of(context.Model.View.Of(type), d => IsForeignDbContext(context, source, d.Target)))
                {
                    var owner = model.ContextOf(use.Target)!;
                    var kinds = DependencyKindSet.Of(use.Dependencies);
                    var tables = context.Tables.Mappings.Where(m => m.DbContext.Equals(use.Target)).Select(m => m.Table.ToString()).Distinct(StringComparer.Ordinal).ToList();
                    var location = context.CodeBase.Locate(use.Placed());
                    var reach = tables.Count == 0 ? $"{Phrases.Possessive(owner.Name)} tables" : $"{Phrases.Possessive(owner.Name)} tables ({Phrases.Some(tables, 3)})";
                    yield return new Violation
                    {
                        Rule = RuleCatalog.ForeignDbContext,
                        Message = $"{Phrases.Member(context.CodeBase, type.Name, use.Member, location)} in context {source.Name} uses {context.CodeBase.NameOf(use.Target)}, the DbContext of context {owner.Name} ({Phrases.Kinds(kinds)}): it can read and write {reach} directly, bypassing {Phrases.Possessive(owner.Name)} model and contracts.",
                        Fix = $"Remove {context.CodeBase.NameOf(use.Target)} from {source.Name}: get the data from {Phrases.Possessive(owner.Name)} integration events or published API, and keep the part {source.Name} needs in tables of its own.",
                        SourceContext = source.Name,
                        SourceAssembly = type.Assembly.Name,
                        SourceType = type.Name.ReportedName,
                        SourceMember = use.Member,
                        Kinds = kinds,
                        TargetContext = owner.Name,
                        TargetAssembly = use.Target.Assembly,
                        TargetType = use.Target.ReportedName,
                        Location = location,
                        Related = tables,
                    };
                }
            }
        }
    }
}
