using FitnessKit.Coupling;

namespace FitnessKit.Reporting;

/// <summary>
/// Context <paramref name="From"/> depends on context <paramref name="To"/>: how many type-to-type uses, how many
/// reads and writes of tables <paramref name="To"/> owns by SQL in <paramref name="From"/> (a data edge, which needs no
/// assembly reference), how many of them are violations, whether the dependency is part of a cycle between contexts,
/// and how its code uses <paramref name="To"/>: events consumed, commands sent, queries asked, other type uses.
/// </summary>
internal sealed record ContextEdge(string From, string To, int Uses, int Violations, bool InCycle, int DataUses = 0, StyleCounts Styles = default);
