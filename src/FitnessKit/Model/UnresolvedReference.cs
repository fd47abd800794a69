namespace FitnessKit.Model;

/// <summary>An assembly that inspected code references but that was neither inspected nor found beside it or in the shared framework. Dependencies on its types are still seen; what lies behind them (their base types) is not.</summary>
/// <param name="AssemblyName">The referenced assembly's simple name.</param>
/// <param name="ReferencedBy">The inspected assemblies that reference it.</param>
public sealed record UnresolvedReference(string AssemblyName, IReadOnlyList<string> ReferencedBy);

/// <summary>A file that matched a pattern but was not inspected, and why.</summary>
/// <param name="Path">The file.</param>
/// <param name="Reason">Why it was skipped.</param>
public sealed record SkippedFile(string Path, string Reason);
