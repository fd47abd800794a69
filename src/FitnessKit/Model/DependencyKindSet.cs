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
            seen |= 1UL << (int)dependency.Kind;
        }

        var kinds = new List<DependencyKind>(BitOperations.PopCount(seen));
        for (; seen != 0; seen &= seen - 1)
        {
            kinds.Add((DependencyKind)BitOperations.TrailingZeroCount(seen));
        }

        return kinds;
    }
}
