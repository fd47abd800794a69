using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Rules;

namespace FitnessKit.Cli;

/// <summary>
/// One finding on the console: violations that say the same thing (same rule, severity, source type and member, kinds
/// of dependency, target and sentence) and differ only in where they are, such as a helper compiled into several
/// assemblies of one context. It prints once, with every place under it; the reports keep each violation.
/// </summary>
/// <param name="Violation">The first of them, whose sentence and fix are printed.</param>
/// <param name="Occurrences">All of them, the first included, in report order.</param>
internal sealed record Finding(Violation Violation, IReadOnlyList<Violation> Occurrences)
{
    /// <summary>Groups violations into findings, on their data: the rule, severity, source and target types, member, kinds and table (never the assembly or location), then the sentence and fix, so that two findings never print one sentence.</summary>
    public static IReadOnlyList<Finding> Group(IEnumerable<Violation> violations) =>
        [.. violations
            .GroupBy(v => new Key(v.Rule.Id, v.Severity, v.SourceContext, v.SourceType, v.SourceMember, string.Join(",", v.Kinds), v.TargetContext, v.TargetType, v.TargetTable, v.Message, v.Fix))
            .Select(g => new Finding(g.First(), [.. g]))];

    /// <summary>Where the finding is, one line each: <c>at file:line</c>, with the assemblies when several hold it, and <c>in assembly X (no source location)</c> for occurrences without a PDB line.</summary>
    /// <param name="baseDirectory">The directory to print paths relative to.</param>
    public IReadOnlyList<string> Places(string baseDirectory)
    {
        var several = Occurrences.Select(v => v.SourceAssembly).Distinct(StringComparer.Ordinal).Skip(1).Any();
        var places = new List<string>();
        foreach (var place in Occurrences.GroupBy(v => v.Location?.ToString(baseDirectory)))
        {
            var assemblies = place.Select(v => v.SourceAssembly).Distinct(StringComparer.Ordinal).ToList();
            if (place.Key is not null)
            {
                places.Add(several ? $"at {place.Key} ({Phrases.Some(assemblies, 3)})" : $"at {place.Key}");
            }
            else if (Occurrences.Count > 1)
            {
                places.Add(assemblies.Count == 1
                    ? $"in assembly {assemblies[0]} (no source location)"
                    : $"in {Phrases.Count(assemblies.Count, "assembly", "assemblies")} (no source location): {Phrases.Some(assemblies, 3)}");
            }
        }

        return places;
    }

    private sealed record Key(string Rule, Severity Severity, string? SourceContext, string? SourceType, string? SourceMember, string Kinds, string? TargetContext, string? TargetType, string? TargetTable, string Message, string Fix);
}
