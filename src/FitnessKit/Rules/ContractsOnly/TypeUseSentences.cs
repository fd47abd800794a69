using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractsOnly;

/// <summary>
/// What FK001 says of a type's use of another context's type. The names in it are read from the code base as C# writes
/// them (<see cref="CodeBase.NameOf(TypeName)"/>, the same at every reading) when the sentences are first read, and kept:
/// on a large system a check finds thousands of these and prints a few, and naming every one when it was found was half
/// of what the rule allocated.
/// </summary>
/// <param name="codeBase">The code base the names are read from.</param>
/// <param name="type">The using type.</param>
/// <param name="member">Its member that holds the use, or <see langword="null"/> for the type itself.</param>
/// <param name="location">Where the use is, which says which file a file-local type is in.</param>
/// <param name="kinds">The kinds of use.</param>
/// <param name="target">The used type.</param>
/// <param name="isContract">Whether the target is a contract of its context (one the source may not use).</param>
/// <param name="source">The context of the using type.</param>
/// <param name="owner">The context that owns the target.</param>
/// <param name="reason">Why the use is refused.</param>
/// <param name="offer">What the owner offers instead.</param>
internal sealed class TypeUseSentences(
    CodeBase codeBase, TypeName type, string? member, SourceLocation? location, IReadOnlyList<DependencyKind> kinds, TypeName target, bool isContract, string source, string owner, string reason, Offer offer)
    : ViolationSentences
{
    // Named once, at the first reading: a report writes each sentence into every format.
    private string? _who;
    private string? _target;

    public override string Message() => isContract
        ? $"{Who()}, a contract of context {owner}, but {reason}."
        : $"{Who()}, which context {owner} keeps to itself: {reason}. {offer.Sentence}";

    public override string Fix() => isContract
        ? $"Get this data through a context that {source} may use, or, if {source} is meant to depend on {owner}, allow it in the context map (mayUse)."
        : $"Depend on {Phrases.Possessive(owner)} contracts instead of {Target}: consume its integration events or call its published API, and keep a local projection of the {owner} data that {source} needs.";

    /// <summary>The member, its context and the target with the kinds of use: <c>Shop.Shipping.Dispatch.Run in context Shipping uses Shop.Orders.Order (parameter type)</c>.</summary>
    private string Who() => _who ??= $"{Phrases.Member(codeBase, type, member, location)} in context {source} uses {Target} ({Phrases.Kinds(kinds)})";

    private string Target => _target ??= codeBase.NameOf(target);
}
