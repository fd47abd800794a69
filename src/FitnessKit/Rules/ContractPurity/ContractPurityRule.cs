using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractPurity;

/// <summary>
/// FK011: a contract references no persistence, hosting or messaging framework (<see cref="ContractFramework.All"/>),
/// directly or through the assemblies it references; carries no persistence type; and its integration events
/// (<see cref="IntegrationEvent"/>) cannot be changed once made. A persistence type that FK003 reports (a public one,
/// when FK003 runs too) is left to FK003.
/// </summary>
internal sealed class ContractPurityRule : IFitnessRule
{
    public RuleDescriptor Descriptor => RuleCatalog.ContractPurity;

    public IEnumerable<Violation> Evaluate(RuleContext context)
    {
        foreach (var owner in context.Model.Contexts)
        {
            foreach (var violation in FrameworkReferences.Of(context.CodeBase, context.Model.View, owner))
            {
                yield return violation;
            }

            foreach (var violation in CarriedPersistence(context, owner))
            {
                yield return violation;
            }

            foreach (var violation in MutableEvents(context.CodeBase, owner))
            {
                yield return violation;
            }
        }
    }

    private static IEnumerable<Violation> CarriedPersistence(RuleContext context, BoundedContext owner)
    {
        var leftToFk003 = context.EvaluatedRules.Contains(RuleCatalog.PersistenceInternal.Id);
        foreach (var type in owner.Types)
        {
            if (!owner.IsContract(type.Name) || (leftToFk003 && type.IsVisibleOutsideAssembly) || context.Persistence.Find(type.Name) is not { } persistence)
            {
                continue;
            }

            var name = context.CodeBase.NameOf(type.Name);
            yield return new Violation
            {
                Rule = RuleCatalog.ContractPurity,
                Message = $"{name} is {Phrases.WithArticle(persistence.KindText)} of context {owner.Name} ({persistence.Evidence}), and it lies in {Phrases.Possessive(owner.Name)} contract {ContractOf(owner, type)}: a contract is what other contexts compile against, and {Phrases.Possessive(owner.Name)} storage model has no place in it.",
                Fix = $"Move {name} out of the contract into {Phrases.Possessive(owner.Name)} own assemblies, and publish a contract type (a DTO or event with only the fields consumers need) in its place.",
                SourceContext = owner.Name,
                SourceAssembly = type.Assembly.Name,
                SourceType = type.Name.ReportedName,
                Location = context.CodeBase.Locate(type),
                Related = [.. persistence.MappedBy.Select(m => m.DisplayName)],
            };
        }
    }

    private static IEnumerable<Violation> MutableEvents(CodeBase codeBase, BoundedContext owner)
    {
        foreach (var type in owner.ContractTypes)
        {
            if (!IntegrationEvent.Is(codeBase, type))
            {
                continue;
            }

            foreach (var member in codeBase.StateOf(type))
            {
                if (IntegrationEvent.Mutability(member) is not { } reason)
                {
                    continue;
                }

                var name = codeBase.NameOf(type.Name);
                var noun = member.IsField ? "field" : "property";
                yield return new Violation
                {
                    Rule = RuleCatalog.ContractPurity,
                    Message = $"Integration event {name} of context {owner.Name} can be changed after it is published: its {noun} {member.Name} {reason}. Every subscriber receives the same instance, so one of them can change what the others see.",
                    Fix = member.IsAssignable && !member.IsField
                        ? $"Make {member.Name} init-only ({{ get; init; }}) or a parameter of a positional record{(reason.Contains("holds", StringComparison.Ordinal) ? ", and type it as IReadOnlyList<T> (or ImmutableArray<T>)" : string.Empty)}."
                        : member.IsField
                            ? $"Replace the field {member.Name} with a get-only or init-only property{(reason.Contains("holds", StringComparison.Ordinal) ? " of type IReadOnlyList<T> (or ImmutableArray<T>)" : string.Empty)}."
                            : $"Type {member.Name} as IReadOnlyList<T>, IReadOnlyDictionary<TKey, TValue> or ImmutableArray<T>, and copy the items when the event is made.",
                    SourceContext = owner.Name,
                    SourceAssembly = type.Assembly.Name,
                    SourceType = type.Name.ReportedName,
                    SourceMember = member.Name,
                    Location = codeBase.Locate(type, member),
                };
            }
        }
    }

    /// <summary>The contract a type lies in, as the map names it: its assembly, or its namespace for a context whose contracts are namespaces.</summary>
    internal static string ContractOf(BoundedContext owner, InspectedType type) =>
        owner.Definition.ContractAssemblies.Any(p => p.Matches(type.Assembly.Name, ignoreCase: true))
            ? $"assembly {type.Assembly.Name}"
            : $"namespace {type.Name.Namespace}";
}
