namespace FitnessKit.Rules.ContractCompatibility;

/// <summary>What an FK013 (ContractCompatibility) finding says of a contract.</summary>
public enum ContractVerdict
{
    /// <summary>A change that can break consumers built or written against the approved contract; also a contract that was approved and is gone. An error by default.</summary>
    Breaking,

    /// <summary>A change that breaks no consumer (a new type, an optional member, an enum value): a note, listed in the reports, never failing the check.</summary>
    Additive,

    /// <summary>A contract with no approved snapshot (or not in the older build), so nothing can be told about it: a warning.</summary>
    NotApproved,
}
