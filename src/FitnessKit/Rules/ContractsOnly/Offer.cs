using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractsOnly;

/// <summary>
/// What a context may use of another instead of what it reached for: the allowed contract types, named once per pair of
/// contexts and shared by every violation of that pair (reports write the list once per pair), and the sentence that says it.
/// </summary>
internal sealed record Offer(IReadOnlyList<string> Names, string Sentence)
{
    /// <summary>The offer of <paramref name="target"/>: its allowed contract types by name, and a sentence of a few words however many there are.</summary>
    public static Offer Of(CodeBase codeBase, BoundedContext target, IReadOnlyList<TypeName> allowed) =>
        new([.. allowed.Select(codeBase.NameOf)], Describe(codeBase, target, allowed));

    /// <summary>
    /// Up to three types by name (<c>Allowed from Orders: Shop.Orders.Contracts.OrderDto and Shop.Orders.Contracts.OrderPlaced.</c>),
    /// more as a count with their namespaces and two examples; <see cref="Violation.Allowed"/> lists them all.
    /// </summary>
    private static string Describe(CodeBase codeBase, BoundedContext target, IReadOnlyList<TypeName> allowed)
    {
        if (allowed.Count == 0)
        {
            return $"{target.Name} offers this context no contract types.";
        }

        if (allowed.Count <= 3)
        {
            return $"Allowed from {target.Name}: {Phrases.And([.. allowed.Select(codeBase.NameOf)])}.";
        }

        var namespaces = allowed.Select(t => t.Namespace.Length == 0 ? "the global namespace" : t.Namespace).Distinct(StringComparer.Ordinal).ToList();
        var where = namespaces.Count == 1 ? $"namespace {namespaces[0]}" : $"{Phrases.Count(namespaces.Count, "namespace")} ({Phrases.Some(namespaces, 3)})";
        var examples = allowed.Take(2).Select(t => TypeName.Display(t.Name, codeBase.ParameterNamesOf(t))).ToList();
        return $"Allowed from {target.Name}: {Phrases.Count(allowed.Count, "contract type")} in {where}, such as {Phrases.And(examples)}.";
    }
}
