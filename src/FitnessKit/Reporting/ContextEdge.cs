namespace FitnessKit.Reporting;

/// <summary>Context <paramref name="From"/> depends on context <paramref name="To"/>: how many type-to-type uses, how many of them violations, and whether the dependency is part of a cycle between contexts.</summary>
internal sealed record ContextEdge(string From, string To, int Uses, int Violations, bool InCycle);
