using FitnessKit.Model;

namespace FitnessKit.Rules.ContractCompatibility;

/// <summary>A type of another context that uses a changed contract type or member, and so can break.</summary>
/// <param name="Context">The consumer's context.</param>
/// <param name="Type">The consumer type's full name (<see cref="TypeName.ReportedName"/>).</param>
/// <param name="Member">The consumer's member whose code uses the changed member (<c>Import</c>; a lambda's or state machine's is the member that holds it), or <see langword="null"/> when consumers were found by their use of the type.</param>
/// <param name="Location">Where that member uses it, from the PDB (the first use in the member); <see langword="null"/> without a PDB or when consumers were found by their use of the type.</param>
public sealed record ContractConsumer(string Context, string Type, string? Member, SourceLocation? Location);
