using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;

namespace FitnessKit.Rules.NoSharedEntityPackages;

/// <summary>
/// FK002: an assembly that two or more contexts use, and that no single context owns (a shared kernel, a "building
/// blocks" or "entities" package, a third-party package), carries no persistence types. An entity counts wherever it is
/// defined, as soon as any context maps it.
/// </summary>
internal sealed class NoSharedEntityPackagesRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.NoSharedEntityPackages;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        var model = context.Model;
        var users = new Dictionary<string, SortedSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var bounded in model.Contexts)
        {
            foreach (var assembly in bounded.Assemblies)
            {
                foreach (var reference in assembly.References)
                {
                    if (!users.TryGetValue(reference, out var set))
                    {
                        users[reference] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(bounded.Name);
                }
            }
        }

        foreach (var persistence in context.Persistence.Types)
        {
            var assembly = persistence.Type.Assembly;
            if (!users.TryGetValue(assembly, out var sharing) || sharing.Count < 2
                || model.ContextOf(persistence.Type) is not null
                || (persistence.Kind == PersistenceKind.DbContext && context.CodeBase.FindType(persistence.Type) is { IsAbstract: true }))
            {
                continue;
            }

            var contexts = sharing.ToList();
            var inspected = context.CodeBase.FindType(persistence.Type);
            var name = context.CodeBase.NameOf(persistence.Type);
            var sharers = contexts.Count <= 4 ? $"contexts {Phrases.And(contexts)}" : $"{Phrases.Count(contexts.Count, "context")} ({Phrases.Some(contexts, 3)})";
            yield return new Violation
            {
                Rule = RuleCatalog.NoSharedEntityPackages,
                Message = $"{name}, {Phrases.WithArticle(persistence.KindText)} ({persistence.Evidence}), lives in assembly {assembly}, which {sharers} share"
                    + $"{(model.IsSharedKernel(persistence.Type) ? " as their shared kernel" : string.Empty)}: a change to it changes the data of every context that uses it.",
                Fix = $"Move {name} out of {assembly}: let one context own it, give each other context its own model and table for the data it needs, fed by the owner's integration events, and keep only contracts (events, DTOs) in shared assemblies.",
                SourceAssembly = assembly,
                SourceType = persistence.Type.ReportedName,
                Location = inspected is null ? null : context.CodeBase.Locate(inspected),
                Related = contexts,
            };
        }
    }
}
