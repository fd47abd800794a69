using System.Numerics;

namespace FitnessKit.Model;

/// <summary>The kinds of a group of dependencies, each once, in the order of <see cref="DependencyKind"/>: a bit per kind rather than a set.</summary>
internal static class DependencyKindSet
{
    /// <summary>The distinct kinds of <paramref name="dependencies"/>, in ascending order.</summary>
    public static List<DependencyKind> Of(IEnumerable<TypeDependency> dependencies)
    {
        ulong seen = 0;
        foreach (var dependency in dependencies)
        {
            seen |= Bit(dependency.Kind);
        }

        return Kinds(seen);
    }

    /// <summary>
    /// The distinct kinds of a list of dependencies, in ascending order, read by index: a list of structs enumerated
    /// through its interface is boxed for every violation, and its enumerator is generic code compiled at every start.
    /// </summary>
    public static List<DependencyKind> Of(IReadOnlyList<TypeDependency> dependencies)
    {
        ulong seen = 0;
        for (var i = 0; i < dependencies.Count; i++)
        {
            seen |= Bit(dependencies[i].Kind);
        }

        return Kinds(seen);
    }

    /// <summary>The bit of one kind, to be or-ed into a mask that <see cref="Kinds"/> reads back.</summary>
    public static ulong Bit(DependencyKind kind) => 1UL << (int)kind;

    /// <summary>The kinds whose bits (<see cref="Bit"/>) a mask holds, in ascending order.</summary>
    public static List<DependencyKind> Kinds(ulong seen)
    {
        var kinds = new List<DependencyKind>(BitOperations.PopCount(seen));
        for (; seen != 0; seen &= seen - 1)
        {
            kinds.Add((DependencyKind)BitOperations.TrailingZeroCount(seen));
        }

        return kinds;
    }
}
