namespace FitnessKit.Model;

/// <summary>
/// Placeholders for a generic type's own parameters inside a structured <see cref="TypeUse"/>, such as the <c>T</c> in
/// <c>class EntityMap&lt;T&gt; : IEntityTypeConfiguration&lt;T&gt;</c>, so that base-type chains can substitute them.
/// </summary>
internal static class GenericParameters
{
    private static readonly TypeName[] Cache = MakeCache();

    /// <summary>Gets the placeholder of the type parameter at <paramref name="position"/>.</summary>
    /// <param name="position">The zero-based position among the type's generic parameters.</param>
    /// <returns>A type name whose <see cref="TypeName.Name"/> is <c>!position</c> and whose assembly is empty.</returns>
    public static TypeName OfType(int position) => position < Cache.Length ? Cache[position] : Create(position);

    /// <summary>Gets the placeholder of a generic method's type parameter at <paramref name="position"/>; it is never substituted.</summary>
    /// <param name="position">The zero-based position among the method's generic parameters.</param>
    /// <returns>A type name whose <see cref="TypeName.Name"/> is <c>!!position</c> and whose assembly is empty.</returns>
    public static TypeName OfMethod(int position) => new(string.Empty, string.Empty, "!!" + position.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Whether a type name is a generic parameter placeholder.</summary>
    /// <param name="type">The type name.</param>
    /// <returns><see langword="true"/> for a placeholder.</returns>
    public static bool IsPlaceholder(TypeName type) => type.Assembly.Length == 0 && type.Name.StartsWith('!');

    /// <summary>Replaces the placeholders in <paramref name="use"/> with <paramref name="arguments"/>.</summary>
    /// <param name="use">A type use that may mention placeholders.</param>
    /// <param name="arguments">The generic arguments, by position.</param>
    /// <returns>The substituted use.</returns>
    public static TypeUse Substitute(TypeUse use, IReadOnlyList<TypeUse> arguments)
    {
        if (IsPlaceholder(use.Type) && !use.Type.Name.StartsWith("!!", StringComparison.Ordinal))
        {
            var position = int.Parse(use.Type.Name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            return position < arguments.Count ? arguments[position] : use;
        }

        return use.Arguments.Count == 0 ? use : use with { Arguments = [.. use.Arguments.Select(a => Substitute(a, arguments))] };
    }

    private static TypeName Create(int position) => new(string.Empty, string.Empty, "!" + position.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The first sixteen placeholders; a loop, as LINQ over a range of numbers is generic code compiled at every start.</summary>
    private static TypeName[] MakeCache()
    {
        var cache = new TypeName[16];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = Create(i);
        }

        return cache;
    }
}
