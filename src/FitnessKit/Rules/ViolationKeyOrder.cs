namespace FitnessKit.Rules;

/// <summary>
/// Orders violations as their <see cref="Violation.Key"/>s compare ordinally, without making the keys: each key is its
/// four parts joined by <c>|</c>, and the parts are compared in place, a shorter part going on with that <c>|</c>. A check
/// sorts every violation it finds; the keys it made for that were 2.5 MB on the framework map, thrown away at once.
/// </summary>
internal sealed class ViolationKeyOrder : IComparer<Violation>
{
    private const int Parts = 4;
    private const char Separator = '|';

    private ViolationKeyOrder()
    {
    }

    /// <summary>Gets the one instance.</summary>
    public static ViolationKeyOrder Instance { get; } = new();

    /// <summary>Compares two violations as <see cref="StringComparer.Ordinal"/> compares their keys, by sign.</summary>
    /// <param name="x">One violation.</param>
    /// <param name="y">The other.</param>
    /// <returns>Negative when <paramref name="x"/>'s key comes first, positive when <paramref name="y"/>'s does, zero when they are equal.</returns>
    public int Compare(Violation? x, Violation? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        for (var part = 0; part < Parts; part++)
        {
            var a = Part(x, part).AsSpan();
            var b = Part(y, part).AsSpan();
            var common = a.CommonPrefixLength(b);
            if (common < a.Length && common < b.Length)
            {
                return a[common].CompareTo(b[common]);
            }

            if (a.Length == b.Length)
            {
                continue;
            }

            // One part is the start of the other: the shorter key goes on with a separator, or ends after the last part.
            var longer = a.Length > b.Length ? a : b;
            var sign = a.Length > b.Length ? 1 : -1;
            if (part == Parts - 1)
            {
                return sign;
            }

            if (longer[common] != Separator)
            {
                return sign * longer[common].CompareTo(Separator);
            }

            // A part that holds the separator itself, which no name C# writes does: the keys decide.
            return string.CompareOrdinal(x.Key, y.Key);
        }

        return 0;
    }

    private static string Part(Violation violation, int part) => part switch
    {
        0 => violation.Rule.Id,
        1 => violation.SourceType ?? violation.SourceAssembly,
        2 => violation.SourceMember ?? string.Empty,
        _ => violation.TargetType ?? violation.TargetTable ?? violation.TargetAssembly ?? string.Empty,
    };
}
