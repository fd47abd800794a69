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
    /// <summary>
    /// Groups violations into findings, on their data: the rule, severity, source and target types, member, kinds and
    /// table (never the assembly or location), then the sentence and fix, so that two findings never print one sentence.
    /// The sentences are compared only among violations whose data is the same: FK001 composes its sentences each time
    /// they are read, and a check prints a few of thousands. The findings are in the order of their first violation.
    /// </summary>
    public static IReadOnlyList<Finding> Group(IEnumerable<Violation> violations)
    {
        var findings = new List<(int First, IReadOnlyList<Violation> Occurrences)>();
        foreach (var same in violations.Select((v, i) => (Violation: v, Index: i)).GroupBy(x => Key.Of(x.Violation)))
        {
            if (!same.Skip(1).Any())
            {
                findings.Add((same.First().Index, [same.First().Violation]));
                continue;
            }

            findings.AddRange(same.GroupBy(x => (x.Violation.Message, x.Violation.Fix)).Select(g => (g.First().Index, (IReadOnlyList<Violation>)[.. g.Select(x => x.Violation)])));
        }

        return [.. findings.OrderBy(f => f.First).Select(f => new Finding(f.Occurrences[0], f.Occurrences))];
    }

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

    private sealed record Key(string Rule, Severity Severity, string? SourceContext, string? SourceType, string? SourceMember, string Kinds, string? TargetContext, string? TargetType, string? TargetTable)
    {
        public static Key Of(Violation v) => new(v.Rule.Id, v.Severity, v.SourceContext, v.SourceType, v.SourceMember, string.Join(",", v.Kinds), v.TargetContext, v.TargetType, v.TargetTable);
    }
}
