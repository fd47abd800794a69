namespace FitnessKit.Contracts;

/// <summary>What changed in a contract, as FK013 (ContractCompatibility) classifies it. Whether it breaks consumers is the finding's <c>ContractVerdict</c>.</summary>
public enum ContractChangeKind
{
    /// <summary>A type or member was removed or renamed, or a whole contract is gone.</summary>
    Removed,

    /// <summary>A type, member or enum value was added (breaking when it is a required member, or abstract: an interface member without a default implementation).</summary>
    Added,

    /// <summary>A type's kind (class, struct, interface, ...) or a member's kind (property, field, method, ...) changed.</summary>
    KindChanged,

    /// <summary>A type or member changed between <c>public</c> and <c>protected</c>.</summary>
    AccessChanged,

    /// <summary>A type was made or is no longer <c>sealed</c>, <c>abstract</c> or <c>static</c>; a member was made <c>abstract</c> or is no longer <c>virtual</c>.</summary>
    ModifiersChanged,

    /// <summary>A member was made <c>static</c>, or a static member an instance member.</summary>
    StaticChanged,

    /// <summary>A base type or interface was dropped or added, or an enum's underlying type changed.</summary>
    BaseTypesChanged,

    /// <summary>A field, property or event type, or a method's return type, changed.</summary>
    TypeChanged,

    /// <summary>A reference may be null now where it could not, or no longer accepts null (of a member or of a parameter).</summary>
    NullabilityChanged,

    /// <summary>A property's accessors changed: settable made <c>init</c>-only or read-only, not readable any more, or settable now.</summary>
    AccessorsChanged,

    /// <summary>A member was made <c>required</c>, or is no longer required.</summary>
    RequiredChanged,

    /// <summary>A method's, constructor's or indexer's parameters changed: added, renamed, made required or optional, or given another default.</summary>
    ParametersChanged,

    /// <summary>An enum value was renumbered, or a constant's value changed.</summary>
    ValueChanged,

    /// <summary>A member's name or number on the wire changed, as a serializer's attribute gives it (<c>[JsonPropertyName]</c>, <c>[ProtoMember]</c>, ...): changed, dropped, or given.</summary>
    SerializationChanged,
}
