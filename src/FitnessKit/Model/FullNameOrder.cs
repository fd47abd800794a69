namespace FitnessKit.Model;

/// <summary>
/// Orders and compares type names as their full names (<see cref="TypeName.FullName"/>, ordinal) would, without
/// making them: a check sorts every type of every context and counts each name's targets, and the full names made for
/// that lived as long as the types (15 MB of 3,000 assemblies' heap), though most are never printed. Two types of one
/// full name in two assemblies are equal here, as their full names are.
/// </summary>
internal sealed class FullNameOrder : IComparer<TypeName>, IEqualityComparer<TypeName>
{
    public static readonly FullNameOrder Instance = new();

    private FullNameOrder()
    {
    }

    public int Compare(TypeName? x, TypeName? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var xSpace = x.Namespace;
        var ySpace = y.Namespace;
        if (xSpace.Length > 0 && ySpace.Length > 0)
        {
            // Most types sorted side by side share their namespace: then their names decide.
            if (ReferenceEquals(xSpace, ySpace) || string.Equals(xSpace, ySpace, StringComparison.Ordinal))
            {
                return string.CompareOrdinal(x.Name, y.Name);
            }

            // Both full names start with their namespace and a dot: where the namespaces part within the shorter one,
            // they decide.
            var byNamespace = string.CompareOrdinal(xSpace, ySpace);
            var shorter = xSpace.Length < ySpace.Length ? xSpace : ySpace;
            var longer = ReferenceEquals(shorter, xSpace) ? ySpace : xSpace;
            if (xSpace.Length == ySpace.Length || !longer.StartsWith(shorter, StringComparison.Ordinal))
            {
                return byNamespace;
            }

            // One namespace starts the other: its dot meets the other's next character, which is seldom a dot too.
            var next = longer[shorter.Length];
            if (next != '.')
            {
                return ReferenceEquals(longer, xSpace) ? next.CompareTo('.') : '.'.CompareTo(next);
            }
        }

        var length = Math.Min(LengthOf(x), LengthOf(y));
        for (var i = 0; i < length; i++)
        {
            if (CharAt(x, i) != CharAt(y, i))
            {
                return CharAt(x, i).CompareTo(CharAt(y, i));
            }
        }

        return LengthOf(x).CompareTo(LengthOf(y));
    }

    public bool Equals(TypeName? x, TypeName? y) => Compare(x, y) == 0;

    public int GetHashCode(TypeName obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        // What two equal full names share however they split into namespace and name: their length and their text
        // after the last dot, which is the end of the name.
        var name = obj.Name.AsSpan();
        var lastDot = name.LastIndexOf('.');
        return HashCode.Combine(LengthOf(obj), string.GetHashCode(lastDot < 0 ? name : name[(lastDot + 1)..]));
    }

    private static int LengthOf(TypeName type) =>
        type.Namespace.Length == 0 ? type.Name.Length : type.Namespace.Length + 1 + type.Name.Length;

    private static char CharAt(TypeName type, int index)
    {
        var dot = type.Namespace.Length;
        return dot == 0 ? type.Name[index]
            : index < dot ? type.Namespace[index]
            : index == dot ? '.'
            : type.Name[index - dot - 1];
    }
}
