namespace FitnessKit.Sql;

/// <summary>
/// The placeholder that stands for a part of a rebuilt SQL string its builder could not know (a parameter value, an
/// interpolated schema, a format item). It reads as an identifier to every parser and never occurs in real SQL.
/// </summary>
internal static class SqlHoles
{
    private const string Prefix = "__fk_hole_";

    /// <summary>The placeholder for hole number <paramref name="index"/>: <c>__fk_hole_0__</c>.</summary>
    public static string Placeholder(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return $"{Prefix}{index}__";
    }

    /// <summary>Whether a name part holds a placeholder, alone or glued to other text (<c>__fk_hole_0__Orders</c>).</summary>
    public static bool Occurs(string text) => text.Contains(Prefix, StringComparison.OrdinalIgnoreCase);
}
