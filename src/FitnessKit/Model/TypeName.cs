namespace FitnessKit.Model;

/// <summary>
/// The identity of a type anywhere in the inspected code base or its references: the name of the assembly that
/// defines it (as the referencing code names it), its namespace and its name. Nested types join their names with
/// <c>+</c> and generic types keep their arity suffix, as in <c>Shop.Orders.Order+Line</c> or <c>List`1</c>.
/// </summary>
public sealed class TypeName : IEquatable<TypeName>
{
    private const int MostParameters = 64;

    private readonly int _hash;
    private string? _fullName;
    private string? _displayName;

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

    /// <summary>
    /// Gets the name a person reads, with the generic arity written as C# writes an open generic type whose parameters
    /// it does not name: <c>Shop.Orders.Repository&lt;,&gt;</c> for <c>Repository`2</c>, never the metadata's backtick.
    /// Where the definition can be read, <see cref="Inspection.CodeBase"/> names the parameters (<c>Repository&lt;TEntity, TKey&gt;</c>).
    /// </summary>
    public string DisplayName => _displayName ??= Display(FullName, null);

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

    /// <summary>
    /// Writes a metadata name as C# writes it: each <c>`n</c> becomes <c>&lt;...&gt;</c> holding the next <c>n</c> of
    /// <paramref name="arguments"/> (parameter names, or the names of the arguments of a closed type), or <c>n - 1</c>
    /// commas when the arguments do not match the arities: <c>Outer`1+Inner`1</c> with <c>T, U</c> is
    /// <c>Outer&lt;T&gt;+Inner&lt;U&gt;</c>, and <c>Outer&lt;&gt;+Inner&lt;&gt;</c> without them.
    /// </summary>
    internal static string Display(string name, IReadOnlyList<string>? arguments)
    {
        if (name.IndexOf('`', StringComparison.Ordinal) < 0)
        {
            return name;
        }

        var total = 0;
        for (var i = 0; i < name.Length; i++)
        {
            total += name[i] == '`' ? Arity(name, i, out _) : 0;
        }

        var named = arguments is not null && arguments.Count == total;
        var builder = new System.Text.StringBuilder(name.Length + 16);
        var used = 0;
        for (var i = 0; i < name.Length; i++)
        {
            var end = i + 1;
            var arity = name[i] == '`' ? Arity(name, i, out end) : 0;
            if (arity == 0)
            {
                // A character of the name, or a backtick C# could not have written (no arity, zero or hundreds): kept as the metadata has it.
                builder.Append(name[i]);
                continue;
            }

            builder.Append('<');
            for (var p = 0; p < arity; p++)
            {
                builder.Append(p == 0 ? string.Empty : named ? ", " : ",");
                builder.Append(named ? arguments![used + p] : string.Empty);
            }

            builder.Append('>');
            used += arity;
            i = end - 1;
        }

        return builder.ToString();
    }

    /// <summary>The arity written after the backtick at <paramref name="tick"/>, or 0 when there is none C# could have written; <paramref name="end"/> is where its digits end.</summary>
    private static int Arity(string name, int tick, out int end)
    {
        end = tick + 1;
        while (end < name.Length && char.IsAsciiDigit(name[end]) && end - tick <= 3)
        {
            end++;
        }

        var arity = end == tick + 1 ? 0 : int.Parse(name.AsSpan(tick + 1, end - tick - 1), System.Globalization.CultureInfo.InvariantCulture);
        return arity <= MostParameters ? arity : 0;
    }
}
