using FitnessKit.Evaluation;
using FitnessKit.Rules;

namespace FitnessKit.Reporting;

/// <summary>
/// What would have been allowed instead (<see cref="Violation.Allowed"/>), once per pair of contexts: every FK001
/// violation from one context into another carries the same list of the target's contract types (133 names on the
/// .NET shared framework), so the reports say it once per pair and not once per violation.
/// </summary>
internal sealed class AllowedContracts
{
    private readonly Dictionary<(string From, string To), IReadOnlyList<string>> _byPair;

    private AllowedContracts(Dictionary<(string From, string To), IReadOnlyList<string>> byPair, IReadOnlyList<ContextPairContracts> pairs)
    {
        _byPair = byPair;
        Pairs = pairs;
    }

    /// <summary>Gets each pair of contexts with a violation that names what was allowed, in the order of the contexts in the map.</summary>
    public IReadOnlyList<ContextPairContracts> Pairs { get; }

    public static AllowedContracts Of(FitnessReport report)
    {
        var byPair = new Dictionary<(string From, string To), IReadOnlyList<string>>();
        foreach (var violation in report.Violations)
        {
            if (violation is { Allowed.Count: > 0, SourceContext: { } from, TargetContext: { } to })
            {
                byPair.TryAdd((from, to), violation.Allowed);
            }
        }

        var order = report.Model.ContextOrder();
        var pairs = byPair
            .OrderBy(p => order.GetValueOrDefault(p.Key.From, int.MaxValue)).ThenBy(p => order.GetValueOrDefault(p.Key.To, int.MaxValue))
            .ThenBy(p => p.Key.From, StringComparer.Ordinal).ThenBy(p => p.Key.To, StringComparer.Ordinal)
            .Select(p => new ContextPairContracts(p.Key.From, p.Key.To, p.Value))
            .ToList();
        return new AllowedContracts(byPair, pairs);
    }

    /// <summary>Whether <see cref="Pairs"/> says all that the violation's <see cref="Violation.Allowed"/> says: it is empty, or it is its pair's list. A violation whose list differs carries its own.</summary>
    public bool SaysAllowedOf(Violation violation) =>
        violation.Allowed.Count == 0
        || (violation is { SourceContext: { } from, TargetContext: { } to }
            && _byPair.TryGetValue((from, to), out var allowed)
            && (ReferenceEquals(allowed, violation.Allowed) || allowed.SequenceEqual(violation.Allowed, StringComparer.Ordinal)));

    /// <summary>The pairs whose source is <paramref name="context"/>.</summary>
    public IEnumerable<ContextPairContracts> From(string context) => Pairs.Where(p => p.From == context);
}
