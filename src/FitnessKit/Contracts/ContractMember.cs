namespace FitnessKit.Contracts;

/// <summary>A member of a contract type as consumers see it: one line of a snapshot.</summary>
/// <param name="Kind">What the member is.</param>
/// <param name="Access"><c>public</c> or <c>protected</c>; empty for an enum value.</param>
/// <param name="Modifiers">The modifiers that matter to consumers, in C#'s order: <c>static</c>, <c>abstract</c>, <c>virtual</c>, <c>required</c>, <c>readonly</c>, <c>const</c>.</param>
/// <param name="Type">The field, property or event type, or the method's return type, with <c>?</c> where the code annotates a reference as nullable; empty for a constructor or an enum value.</param>
/// <param name="Name">The name (a generic method's with its type parameters, <c>Map&lt;T&gt;</c>; an indexer's is <c>this</c>; a constructor's the type's short name).</param>
/// <param name="Parameters">The parameters of a method, constructor or indexer.</param>
/// <param name="Accessors">A property's accessors that consumers can call: <c>get</c>, <c>set</c>, <c>init</c>, or <c>protected set</c> and the like.</param>
/// <param name="Value">An enum value's number or a constant's value as C# writes it; <see langword="null"/> otherwise.</param>
internal sealed record ContractMember(ContractMemberKind Kind, string Access, IReadOnlyList<string> Modifiers, string Type, string Name, IReadOnlyList<ContractParameter> Parameters, IReadOnlyList<string> Accessors, string? Value)
{
    /// <summary>
    /// Gets the names and numbers the member goes by on the wire, as its serializers' attributes give them
    /// (<c>JsonPropertyName("total")</c>, <c>ProtoMember(3)</c>), in ordinal order; empty when none names it.
    /// </summary>
    public IReadOnlyList<string> Serialization { get; init; } = [];

    /// <summary>Gets what identifies the member across two builds: its name, and for a method, constructor or indexer the shapes of its parameters (overloads differ by them).</summary>
    public string Key => Kind switch
    {
        ContractMemberKind.Constructor => $".ctor({Shapes})",
        ContractMemberKind.Method => $"{Name}({Shapes})",
        ContractMemberKind.Property when Parameters.Count > 0 => $"this[{Shapes}]",
        _ => Name,
    };

    /// <summary>Gets how the member is named in messages: <c>Total</c>, <c>Charge(System.Guid, decimal)</c>, <c>constructor(System.Guid)</c>.</summary>
    public string DisplayName => Kind switch
    {
        ContractMemberKind.Constructor => $"constructor({Shapes.Replace(",", ", ", StringComparison.Ordinal)})",
        ContractMemberKind.Method => $"{Name}({Shapes.Replace(",", ", ", StringComparison.Ordinal)})",
        ContractMemberKind.Property when Parameters.Count > 0 => $"this[{Shapes.Replace(",", ", ", StringComparison.Ordinal)}]",
        _ => Name,
    };

    /// <summary>Gets a value indicating whether the member is static.</summary>
    public bool IsStatic => Modifiers.Contains("static");

    /// <summary>Gets a value indicating whether a consumer must set the member when creating the type.</summary>
    public bool IsRequired => Modifiers.Contains("required");

    /// <summary>Gets a value indicating whether an implementation or a derived type must provide the member.</summary>
    public bool IsAbstract => Modifiers.Contains("abstract");

    /// <summary>Gets a value indicating whether consumers can read the member.</summary>
    public bool CanRead => Kind != ContractMemberKind.Property || Accessors.Contains("get");

    /// <summary>Gets a value indicating whether consumers can write the member after creating the type (a settable property, a field that is not read-only).</summary>
    public bool CanSet => Kind == ContractMemberKind.Property ? Accessors.Contains("set") : Kind == ContractMemberKind.Field && !Modifiers.Contains("readonly") && !Modifiers.Contains("const");

    /// <summary>Gets a value indicating whether consumers can write the member when creating the type (<c>set</c> or <c>init</c>).</summary>
    public bool CanInitialize => CanSet || Accessors.Contains("init");

    private string Shapes => string.Join(",", Parameters.Select(p => p.Shape));
}
