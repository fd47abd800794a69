namespace FitnessKit.Contracts;

/// <summary>What a member of a contract type is.</summary>
internal enum ContractMemberKind
{
    /// <summary>A constructor.</summary>
    Constructor,

    /// <summary>A field or constant.</summary>
    Field,

    /// <summary>A property or indexer.</summary>
    Property,

    /// <summary>A method.</summary>
    Method,

    /// <summary>An event.</summary>
    Event,

    /// <summary>A value of an enum.</summary>
    EnumValue,
}
