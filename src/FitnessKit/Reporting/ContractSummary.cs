using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Rules.ContractCompatibility;

namespace FitnessKit.Reporting;

/// <summary>
/// FK013 in one sentence, for the console and the Markdown and HTML reports: what the contracts were compared with, and
/// how many changes broke them, added to them, or could not be judged, counted from each finding's
/// <see cref="Violation.Contract"/> data (never from its message).
/// </summary>
internal static class ContractSummary
{
    /// <summary>Writes the sentence.</summary>
    /// <param name="report">The report.</param>
    /// <param name="baseDirectory">The directory to show the snapshot folder relative to.</param>
    /// <returns>The sentence, or <see langword="null"/> when FK013 did not run or the map approves no contracts.</returns>
    public static string? Of(FitnessReport report, string baseDirectory)
    {
        if (report.Model.Map.ApprovedContracts is not { } approved || !report.Rules.Contains(RuleCatalog.ContractCompatibility))
        {
            return null;
        }

        var verdicts = report.Violations.Select(v => v.Contract?.Verdict).ToList();
        var breaking = verdicts.Count(v => v == ContractVerdict.Breaking);
        var additive = verdicts.Count(v => v == ContractVerdict.Additive);
        var unapproved = verdicts.Count(v => v == ContractVerdict.NotApproved);
        var against = approved.SnapshotDirectory is { } folder ? $"the approved snapshots in {Path.GetRelativePath(baseDirectory, folder).Replace('\\', '/')}" : approved.Description;
        return $"Contracts (FK013), compared with {against}: {Phrases.Count(breaking, "breaking change")}, {Phrases.Count(additive, "additive change")}, {Phrases.Count(unapproved, "contract")} not approved.";
    }
}
