using FitnessKit.Inspection;

namespace FitnessKit.Tests.TestSupport;

/// <summary>Code bases loaded once per test run: reading assemblies is the slow part, and the result is immutable.</summary>
internal static class Subjects
{
    private static readonly Lazy<CodeBase> LazyDependencyKinds = new(() => CodeBase.Load(AssemblySource.Files(
        Repository.Subject("FitnessKit.Subjects.DependencyKinds"),
        Repository.Subject("FitnessKit.Subjects.Targets"))));

    /// <summary>Gets the dependency-kind scenarios and their targets.</summary>
    public static CodeBase DependencyKinds => LazyDependencyKinds.Value;
}
