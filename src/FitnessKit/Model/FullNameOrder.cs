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

        var xSpace = x.Namespace.AsSpan();
        var ySpace = y.Namespace.AsSpan();
        if (xSpace.Length > 0 && ySpace.Length > 0)
        {
            // Both full names start with their namespace and a dot: the shorter namespace decides, if it differs.
            var shorter = Math.Min(xSpace.Length, ySpace.Length);
            var byNamespace = xSpace[..shorter].SequenceCompareTo(ySpace[..shorter]);
            if (byNamespace != 0)
            {
                return byNamespace;
            }

            if (xSpace.Length == ySpace.Length)
            {
                return string.CompareOrdinal(x.Name, y.Name);
            }

            // One namespace starts the other: its dot meets the other's next character, which is seldom a dot too.
            var next = xSpace.Length > shorter ? xSpace[shorter] : ySpace[shorter];
            if (next != '.')
            {
                return xSpace.Length > shorter ? next.CompareTo('.') : '.'.CompareTo(next);
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
        var hash = 17;
        var length = LengthOf(obj);
        for (var i = 0; i < length; i++)
        {
            hash = unchecked((hash * 31) + CharAt(obj, i));
        }

        return hash;
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
