using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;

namespace FitnessKit.Rules.PersistenceInternal;

/// <summary>The verdict on one public persistence type: the violation to report, or none.</summary>
internal static class PublicPersistence
{
    /// <summary>Judged at its assembly: public is a violation, whoever uses it.</summary>
    public static Violation Strict(PersistenceType persistence, InspectedType type, BoundedContext owner, string name) => Report(
        persistence,
        type,
        owner,
        $"{Describe(persistence, name, owner)} and is public, so code outside {owner.Name} can read and write {Phrases.Possessive(owner.Name)} data without going through its contracts.",
        $"Make {name} internal (tests and the context's other assemblies reach it through InternalsVisibleTo) and let other contexts use {Phrases.Possessive(owner.Name)} contracts instead.",
        []);

    /// <summary>Judged at its context's boundary: public is fine while only the context's own assemblies use it.</summary>
    public static Violation? AtContextBoundary(PersistenceType persistence, InspectedType type, BoundedContext owner, string name, IReadOnlyList<InspectedType> users, ContextModel model)
    {
        if (owner.ContractTypes.Contains(type))
        {
            return Report(
                persistence,
                type,
                owner,
                $"{Describe(persistence, name, owner)} and is public in a contract of {owner.Name} ({type.Assembly.Name}), so every context that may use {Phrases.Possessive(owner.Name)} contracts can bind itself to {Phrases.Possessive(owner.Name)} storage model.",
                $"Move {name} out of {Phrases.Possessive(owner.Name)} contract into its own assemblies, and publish a contract type (a DTO or event with only the fields consumers need) in its place.",
                []);
        }

        // The users in other contexts, by a loop: LINQ over (user, context) tuples is generic code compiled at every start.
        var foreignContexts = new List<string>();
        var foreignNames = new List<string>();
        foreach (var user in users)
        {
            if (model.ContextOf(user) is { } context && context != owner)
            {
                foreignContexts.Add(context.Name);
                foreignNames.Add(user.Name.DisplayName);
            }
        }

        if (foreignContexts.Count > 0)
        {
            var contexts = foreignContexts.Distinct().Order(StringComparer.Ordinal).ToList();
            var names = foreignNames.Distinct().Order(StringComparer.Ordinal).ToList();
            var ownUse = users.Any(u => model.ContextOf(u) == owner);
            return Report(
                persistence,
                type,
                owner,
                $"{Describe(persistence, name, owner)} and is public, and {(contexts.Count == 1 ? "context " + contexts[0] : "contexts " + Phrases.And(contexts))} use{(contexts.Count == 1 ? "s" : string.Empty)} it ({Phrases.Some(names, 3)}), so {Phrases.Possessive(owner.Name)} data is read and written outside {owner.Name}, around its contracts.",
                $"Give {Phrases.And(contexts)} what {(contexts.Count == 1 ? "it needs" : "they need")} through a contract of {owner.Name} (an integration event to keep a local copy from, or a query API), then {(ownUse ? $"limit {name} to {Phrases.Possessive(owner.Name)} own assemblies (internal, with InternalsVisibleTo for them)" : $"make {name} internal")}.",
                [.. contexts, .. names]);
        }

        if (users.Count > 0)
        {
            // Only its context's other assemblies (a layered context's Application using its Domain), or code in no
            // context (a host that wires it, a test), use it: it must be public, and it stays within the context.
            return null;
        }

        return Report(
            persistence,
            type,
            owner,
            $"{Describe(persistence, name, owner)} and is public, though no code outside its assembly {type.Assembly.Name} uses it, so any code that references {type.Assembly.Name} can read and write {Phrases.Possessive(owner.Name)} data without going through its contracts.",
            $"Make {name} internal: nothing outside {type.Assembly.Name} uses it, so nothing else has to change (tests reach it through InternalsVisibleTo).",
            []);
    }

    private static string Describe(PersistenceType persistence, string name, BoundedContext owner) =>
        $"{name} is {Phrases.WithArticle(persistence.KindText)} of context {owner.Name} ({persistence.Evidence})";

    private static Violation Report(PersistenceType persistence, InspectedType type, BoundedContext owner, string message, string fix, IReadOnlyList<string> related) => new()
    {
        Rule = RuleCatalog.PersistenceInternal,
        Message = message,
        Fix = fix,
        SourceContext = owner.Name,
        SourceAssembly = type.Assembly.Name,
        SourceType = type.Name.ReportedName,
        Related = [.. persistence.MappedBy.Select(m => m.DisplayName), .. related],
    };
}
