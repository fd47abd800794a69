using FitnessKit.Subjects.Targets;

namespace FitnessKit.Subjects.DependencyKinds.FileLocalType;

/// <summary>
/// A file-local class (C# 11), compiled as a top-level type named &lt;FileLocalType&gt;F…__Hidden, that creates the
/// target and calls it from a lambda. FileLocalTypeTwin.cs declares another file-local Hidden in the same namespace.
/// </summary>
file sealed class Hidden
{
    public FileLocalTarget Make() => new();

    public Func<int> Later() => () => FileLocalTarget.Compute();
}

/// <summary>Uses nothing of the targets.</summary>
public sealed class Independent
{
    public string Describe() => nameof(Independent);
}
