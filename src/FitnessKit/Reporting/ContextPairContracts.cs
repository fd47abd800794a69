using FitnessKit.Rules;

namespace FitnessKit.Reporting;

/// <summary>The contract types context <paramref name="From"/> may use of context <paramref name="To"/>, said once for every violation between the two (<see cref="Violation.Allowed"/>).</summary>
internal sealed record ContextPairContracts(string From, string To, IReadOnlyList<string> Allowed);
