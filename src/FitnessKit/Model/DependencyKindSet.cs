using System.Collections.Concurrent;
using System.Numerics;

namespace FitnessKit.Model;

/// <summary>The kinds of a group of dependencies, each once, in the order of <see cref="DependencyKind"/>: a bit per kind rather than a set.</summary>
internal static class DependencyKindSet
{
    // The list of each mask met, made once and shared: every violation of a type use names its kinds, and thousands of
    // them name the same few sets (a list and its array each, 0.4 MB of the 7,775 violations on the framework map).
    private static readonly ConcurrentDictionary<ulong, IReadOnlyList<DependencyKind>> Made = new();

    /// <summary>The distinct kinds of <paramref name="dependencies"/>, in ascending order.</summary>
    public static IReadOnlyList<DependencyKind> Of(IEnumerable<TypeDependency> dependencies)
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
    public static IReadOnlyList<DependencyKind> Of(IReadOnlyList<TypeDependency> dependencies)
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

    /// <summary>The kinds whose bits (<see cref="Bit"/>) a mask holds, in ascending order: one read-only list for each mask, shared by every caller that asks for it.</summary>
    public static IReadOnlyList<DependencyKind> Kinds(ulong seen) => Made.GetOrAdd(seen, Make);

    private static IReadOnlyList<DependencyKind> Make(ulong seen)
    {
        var kinds = new DependencyKind[BitOperations.PopCount(seen)];
        for (var i = 0; seen != 0; seen &= seen - 1, i++)
        {
            kinds[i] = (DependencyKind)BitOperations.TrailingZeroCount(seen);
        }

        return Array.AsReadOnly(kinds);
    }
}
