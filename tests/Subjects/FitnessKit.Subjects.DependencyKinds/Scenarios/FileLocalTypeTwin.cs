namespace FitnessKit.Subjects.DependencyKinds.FileLocalType;

/// <summary>
/// A second file-local Hidden in the namespace of FileLocalType.cs, deliberately: one name in two files is two types,
/// and this one uses nothing of the targets.
/// </summary>
file sealed class Hidden
{
    public string Make() => nameof(Hidden);
}

/// <summary>Uses this file's Hidden, and through it nothing of the targets.</summary>
public sealed class IndependentOfTheOtherFile
{
    public string Describe() => new Hidden().Make();
}
