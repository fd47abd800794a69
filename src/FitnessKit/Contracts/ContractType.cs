namespace FitnessKit.Contracts;

/// <summary>A type of a contract as consumers see it.</summary>
/// <param name="FullName">The full name as C# writes it (<c>Shop.Orders.Contracts.Page&lt;T&gt;</c>, a nested type after its enclosing type and a dot).</param>
/// <param name="Access"><c>public</c> or <c>protected</c> (a nested type).</param>
/// <param name="Modifiers">The modifiers that limit consumers: <c>static</c>, <c>abstract</c>, <c>sealed</c>; empty for none.</param>
/// <param name="Kind">The kind: <c>class</c>, <c>record class</c>, <c>struct</c>, <c>interface</c>, <c>enum</c> or <c>delegate</c>.</param>
/// <param name="Bases">The base type (when not <c>object</c>, <c>ValueType</c> or <c>Enum</c>), the underlying type of an enum, and the interfaces, ordered.</param>
/// <param name="Members">The visible members, ordered by <see cref="ContractMember.Key"/>.</param>
internal sealed record ContractType(string FullName, string Access, IReadOnlyList<string> Modifiers, string Kind, IReadOnlyList<string> Bases, IReadOnlyList<ContractMember> Members)
{
    /// <summary>Gets a value indicating whether the type is an interface.</summary>
    public bool IsInterface => Kind == "interface";

    /// <summary>Gets a value indicating whether the type is an enum.</summary>
    public bool IsEnum => Kind == "enum";

    /// <summary>Gets the type's name without namespace, enclosing types and type parameters, as a constructor is written.</summary>
    public string ShortName
    {
        get
        {
            var plain = WithoutTypeParameters(FullName);
            return plain[(plain.LastIndexOf('.') + 1)..];
        }
    }

    /// <summary>Removes the type parameters of a name and of its enclosing types: <c>Shop.Page&lt;T&gt;.Cursor</c> is <c>Shop.Page.Cursor</c>.</summary>
    /// <param name="fullName">A type's full name as a snapshot writes it.</param>
    /// <returns>The name without type parameters.</returns>
    public static string WithoutTypeParameters(string fullName)
    {
        var plain = new System.Text.StringBuilder(fullName.Length);
        var depth = 0;
        foreach (var c in fullName)
        {
            depth += c == '<' ? 1 : 0;
            if (depth == 0)
            {
                plain.Append(c);
            }

            depth -= c == '>' ? 1 : 0;
        }

        return plain.ToString();
    }

    /// <summary>Gets the header line of the snapshot.</summary>
    public string Declaration =>
        string.Join(" ", new[] { Access }.Concat(Modifiers).Append(Kind).Append(FullName))
        + (Bases.Count == 0 ? string.Empty : " : " + string.Join(", ", Bases));
}
