using System.Globalization;
using FitnessKit.Rules;

namespace FitnessKit.Baselines;

/// <summary>How a report compares with a <see cref="Baseline"/>: which violations it accepts, which are new, which of its entries were fixed and which match nothing any more.</summary>
public sealed class BaselineStatus
{
    internal BaselineStatus(Baseline baseline, int known, int @new, IReadOnlyList<BaselineEntry> @fixed, IReadOnlyList<BaselineEntry> stale, IReadOnlyList<BaselineEntry> kept)
    {
        Baseline = baseline;
        Known = known;
        New = @new;
        Fixed = @fixed;
        Stale = stale;
        _kept = kept;
    }

    private readonly IReadOnlyList<BaselineEntry> _kept;

    /// <summary>Gets the baseline that was applied.</summary>
    public Baseline Baseline { get; }

    /// <summary>Gets how many violations the baseline accepts; they do not fail the check.</summary>
    public int Known { get; }

    /// <summary>Gets how many violations the baseline does not accept; they fail the check as usual.</summary>
    public int New { get; }

    /// <summary>Gets the entries whose violations are fewer than recorded, each with the number that went away.</summary>
    public IReadOnlyList<BaselineEntry> Fixed { get; }

    /// <summary>Gets the entries that match no violation any more (the code was fixed, renamed or removed).</summary>
    public IReadOnlyList<BaselineEntry> Stale { get; }

    /// <summary>Gets how many recorded violations were fixed in all.</summary>
    public int FixedCount => Fixed.Sum(e => e.Count);

    /// <summary>Gets the baseline without what was fixed: stale entries removed and counts lowered to what is still there. It never accepts more than before.</summary>
    /// <returns>The smaller baseline.</returns>
    public Baseline Pruned() => new(_kept, Baseline.File);

    /// <summary>Describes the comparison in one sentence.</summary>
    /// <returns>The sentence.</returns>
    public string Describe()
    {
        var source = Baseline.File is null ? "the baseline" : $"baseline {Path.GetFileName(Baseline.File)}";
        var text = string.Create(CultureInfo.InvariantCulture, $"Compared with {source}: {Known} known (not failing), {New} new, {FixedCount} fixed");
        return Stale.Count == 0
            ? text + "."
            : text + (Stale.Count == 1
                ? "; 1 stale entry matches nothing any more (remove it with 'fitnesskit baseline --prune')."
                : string.Create(CultureInfo.InvariantCulture, $"; {Stale.Count} stale entries match nothing any more (remove them with 'fitnesskit baseline --prune')."));
    }

    internal static (BaselineStatus Status, List<Violation> Violations) Apply(Baseline baseline, IReadOnlyList<Violation> violations, IReadOnlyList<RuleDescriptor> evaluated)
    {
        CheckRules(baseline, evaluated);
        var recorded = baseline.Entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
        var matched = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Violation>(violations.Count);
        foreach (var violation in violations)
        {
            var key = violation.Key;
            var used = matched.GetValueOrDefault(key);
            if (recorded.TryGetValue(key, out var entry) && used < entry.Count)
            {
                matched[key] = used + 1;
                result.Add(violation with { Baselined = true });
            }
            else
            {
                result.Add(violation with { Baselined = false });
            }
        }

        var evaluatedIds = evaluated.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var @fixed = new List<BaselineEntry>();
        var stale = new List<BaselineEntry>();
        var kept = new List<BaselineEntry>();
        foreach (var entry in baseline.Entries)
        {
            if (!evaluatedIds.Contains(entry.Rule))
            {
                kept.Add(entry);
                continue;
            }

            var still = matched.GetValueOrDefault(entry.Key);
            if (still < entry.Count)
            {
                @fixed.Add(entry with { Count = entry.Count - still });
            }

            if (still == 0)
            {
                stale.Add(entry);
            }
            else
            {
                kept.Add(entry with { Count = still });
            }
        }

        var known = matched.Values.Sum();
        return (new BaselineStatus(baseline, known, violations.Count - known, @fixed, stale, kept), result);
    }

    private static void CheckRules(Baseline baseline, IReadOnlyList<RuleDescriptor> evaluated)
    {
        var known = RuleCatalog.Descriptors.Select(r => r.Id).Concat(evaluated.Select(r => r.Id)).ToHashSet(StringComparer.Ordinal);
        var problems = baseline.Entries
            .Where(e => !known.Contains(e.Rule))
            .Select(e => $"{baseline.File ?? "baseline"}{baseline.PositionOf(e)}: the baseline lists rule '{e.Rule}', which is not a FitnessKit rule{Suggestions.DidYouMean(e.Rule, known)}. Remove the entry, or recreate the baseline with 'fitnesskit baseline'.")
            .ToList();
        if (problems.Count > 0)
        {
            throw new FitnessKitException(problems);
        }
    }
}
