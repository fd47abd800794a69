namespace FitnessKit.Contracts;

/// <summary>A parameter of a contract method, constructor or indexer.</summary>
/// <param name="Modifier"><c>ref</c>, <c>out</c>, <c>in</c>, <c>params</c> or empty.</param>
/// <param name="Type">The type as C# writes it, <c>?</c> on each position the code annotates as nullable.</param>
/// <param name="Name">The name, which named arguments and deserializers of positional records use.</param>
/// <param name="Default">The default value as C# writes it (<c>null</c>, <c>"EUR"</c>, <c>5</c>), or <see langword="null"/> for a required parameter.</param>
internal sealed record ContractParameter(string Modifier, string Type, string Name, string? Default)
{
    /// <summary>Gets a value indicating whether a caller may leave the parameter out.</summary>
    public bool IsOptional => Default is not null || Modifier == "params";

    /// <summary>Gets the parameter's type and modifier without nullability, which tells overloads apart.</summary>
    public string Shape => (Modifier is "" or "params" ? string.Empty : Modifier + " ") + ContractTypeText.WithoutNullability(Type);

    /// <inheritdoc />
    public override string ToString() =>
        (Modifier.Length == 0 ? string.Empty : Modifier + " ") + Type + " " + Name + (Default is null ? string.Empty : " = " + Default);
}
