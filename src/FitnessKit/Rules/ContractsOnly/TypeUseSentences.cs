using FitnessKit.Inspection;

namespace FitnessKit.Rules.ContractsOnly;

/// <summary>
/// What FK001 says of a type's use of another context's type. The names in it (<paramref name="who"/>, the target as
/// C# writes it) are read from the code base when the violation is found; only the sentences are put together later.
/// </summary>
/// <param name="who">The member, its context and the target with the kinds of use: <c>Shop.Shipping.Dispatch.Run in context Shipping uses Shop.Orders.Order (parameter type)</c>.</param>
/// <param name="target">The target type as C# writes it.</param>
/// <param name="isContract">Whether the target is a contract of its context (one the source may not use).</param>
/// <param name="source">The context of the using type.</param>
/// <param name="owner">The context that owns the target.</param>
/// <param name="reason">Why the use is refused.</param>
/// <param name="offer">What the owner offers instead.</param>
internal sealed class TypeUseSentences(string who, string target, bool isContract, string source, string owner, string reason, Offer offer) : ViolationSentences
{
    public override string Message() => isContract
        ? $"{who}, a contract of context {owner}, but {reason}."
        : $"{who}, which context {owner} keeps to itself: {reason}. {offer.Sentence}";

    public override string Fix() => isContract
        ? $"Get this data through a context that {source} may use, or, if {source} is meant to depend on {owner}, allow it in the context map (mayUse)."
        : $"Depend on {Phrases.Possessive(owner)} contracts instead of {target}: consume its integration events or call its published API, and keep a local projection of the {owner} data that {source} needs.";
}
