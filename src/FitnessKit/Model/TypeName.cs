namespace FitnessKit.Model;

/// <summary>
/// The identity of a type anywhere in the inspected code base or its references: the name of the assembly that
/// defines it (as the referencing code names it), its namespace and its name. Nested types join their names with
/// <c>+</c> and generic types keep their arity suffix, as in <c>Shop.Orders.Order+Line</c> or <c>List`1</c>.
/// </summary>
public sealed class TypeName : IEquatable<TypeName>
{
    private readonly int _hash;
    private string? _fullName;

    /// <summary>Creates a type name.</summary>
    /// <param name="assembly">The simple name of the assembly that defines the type.</param>
    /// <param name="namespace">The namespace; empty for the global namespace. Nested types use their outermost type's namespace.</param>
    /// <param name="name">The type name; nested types are written <c>Outer+Inner</c>.</param>
    public TypeName(string assembly, string @namespace, string name)
    {
        Assembly = assembly;
        Namespace = @namespace;
        Name = name;
        IsCompilerGenerated = name.StartsWith('<') || name.Contains("+<", StringComparison.Ordinal);
        _hash = HashCode.Combine(StringComparer.Ordinal.GetHashCode(name), StringComparer.Ordinal.GetHashCode(@namespace));
    }

    /// <summary>Gets the simple name of the assembly that defines the type.</summary>
    public string Assembly { get; }

    /// <summary>Gets the namespace, or an empty string for the global namespace.</summary>
    public string Namespace { get; }

    /// <summary>Gets the name, with nested types joined by <c>+</c>.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether the compiler made this type up (a closure, a state machine, an anonymous type): its name, or the name of a type it is nested in, starts with <c>&lt;</c>, which C# never allows in a name a user writes. A <c>&lt;</c> elsewhere in a name (an IL-written or hostile name such as <c>Order&lt;script&gt;</c>) is a user type.</summary>
    public bool IsCompilerGenerated { get; }

    /// <summary>Gets the namespace-qualified name, such as <c>Shop.Orders.Order+Line</c>.</summary>
    public string FullName => _fullName ??= Namespace.Length == 0 ? Name : string.Concat(Namespace, ".", Name);

    /// <summary>Gets the name a person reads: the full name without generic arity suffixes.</summary>
    public string DisplayName => StripArity(FullName);

    /// <inheritdoc />
    public bool Equals(TypeName? other) =>
        ReferenceEquals(this, other) || other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Namespace, other.Namespace, StringComparison.Ordinal)
        && string.Equals(Assembly, other.Assembly, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TypeName);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <inheritdoc />
    public override string ToString() => FullName;

    private static string StripArity(string name)
    {
        if (name.IndexOf('`', StringComparison.Ordinal) < 0)
        {
            return name;
        }

        var builder = new System.Text.StringBuilder(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '`')
            {
                while (i + 1 < name.Length && char.IsDigit(name[i + 1]))
                {
                    i++;
                }

                continue;
            }

            builder.Append(name[i]);
        }

        return builder.ToString();
    }
}
