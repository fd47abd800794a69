using FitnessKit.Contracts;

namespace FitnessKit.Rules.ContractCompatibility;

/// <summary>
/// The data of an FK013 (ContractCompatibility) finding, beside its sentence: whether the change breaks consumers, what
/// kind of change it is, and the consumers it can break. Reports and summaries read this, never the message.
/// </summary>
/// <param name="Verdict">Breaking, additive, or not approved.</param>
/// <param name="Changes">What changed, one kind for each clause of the message (several when one member changed in several ways); empty for a contract that is not approved.</param>
public sealed record ContractFinding(ContractVerdict Verdict, IReadOnlyList<ContractChangeKind> Changes)
{
    /// <summary>Gets the other contexts' types that use what changed, in map order: for a change of a member that breaks its users (removed, retyped, its parameters changed, ...), the types whose code uses that member, each with where; otherwise the types that use the changed type. Empty for an additive change, or when no inspected code uses it.</summary>
    public IReadOnlyList<ContractConsumer> Consumers { get; init; } = [];
}
