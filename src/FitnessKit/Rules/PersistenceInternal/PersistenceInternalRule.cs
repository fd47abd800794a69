using FitnessKit.Model;

namespace FitnessKit.Rules;

/// <summary>
/// FK003: DbContexts, entity configurations, migrations, model snapshots, mapped entities and repository
/// implementations are not public, and no contract type exposes one in its public surface.
/// </summary>
internal sealed class PersistenceInternalRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.PersistenceInternal;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        var model = context.Model;
        foreach (var persistence in context.Persistence.Types)
        {
            if (context.CodeBase.FindType(persistence.Type) is not { IsVisibleOutsideAssembly: true } type
                || model.ContextOf(type) is not { } owner)
            {
                continue;
            }

            yield return new Violation
            {
                Rule = RuleCatalog.PersistenceInternal,
                Message = $"{type.Name.DisplayName} is {Phrases.WithArticle(persistence.KindText)} of context {owner.Name} ({persistence.Evidence}) and is public, so code outside {owner.Name} can read and write {Phrases.Possessive(owner.Name)} data without going through its contracts.",
                Fix = $"Make {type.Name.DisplayName} internal (tests can reach it through InternalsVisibleTo) and let other contexts use {Phrases.Possessive(owner.Name)} contracts instead.",
                SourceContext = owner.Name,
                SourceAssembly = type.Assembly.Name,
                SourceType = type.FullName,
                Location = context.CodeBase.Locate(type),
                Related = [.. persistence.MappedBy.Select(m => m.DisplayName)],
            };
        }

        foreach (var owner in model.Contexts)
        {
            foreach (var contract in owner.ContractTypes)
            {
                foreach (var exposure in contract.Dependencies
                    .Where(d => d.IsPublicSurface && context.Persistence.IsPersistenceType(d.Target))
                    .GroupBy(d => (d.Member, d.Target)))
                {
                    var persistence = context.Persistence.Find(exposure.Key.Target)!;
                    var kinds = exposure.Select(d => d.Kind).Distinct().Order().ToList();
                    yield return new Violation
                    {
                        Rule = RuleCatalog.PersistenceInternal,
                        Message = $"Contract type {Phrases.Member(contract.Name.DisplayName, exposure.Key.Member)} of context {owner.Name} exposes {persistence.Type.DisplayName}, {Phrases.WithArticle(persistence.KindText)}, in its public surface ({Phrases.Kinds(kinds)}), so every consumer of the contract is bound to {Phrases.Possessive(owner.Name)} storage model.",
                        Fix = $"Expose a contract type (a DTO or event with only the fields consumers need) instead of {persistence.Type.DisplayName}, and map between them inside {owner.Name}.",
                        SourceContext = owner.Name,
                        SourceAssembly = contract.Assembly.Name,
                        SourceType = contract.FullName,
                        SourceMember = exposure.Key.Member,
                        Kinds = kinds,
                        TargetContext = model.ContextOf(persistence.Type)?.Name,
                        TargetAssembly = persistence.Type.Assembly,
                        TargetType = persistence.Type.FullName,
                        Location = context.CodeBase.Locate(exposure.First()),
                    };
                }
            }
        }
    }
}
