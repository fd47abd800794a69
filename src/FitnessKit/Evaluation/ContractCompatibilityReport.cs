using System.Globalization;
using System.Text;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Rules.ContractCompatibility;

namespace FitnessKit.Evaluation;

/// <summary>
/// The contracts of a check compared with what was approved (FK013, ContractCompatibility), as a value: the breaking
/// changes, each naming the contexts that use the changed type; the contracts with no approved snapshot; and the
/// additive changes, which break no consumer. <see cref="IsCompatible"/> says whether a test should pass.
/// </summary>
public sealed class ContractCompatibilityReport
{
    private ContractCompatibilityReport(FitnessReport report, ApprovedContracts approved, IReadOnlyList<string> contracts)
    {
        Report = report;
        ApprovedContracts = approved;
        Contracts = contracts;
        var findings = report.Violations.Where(v => v.Rule.Id == RuleCatalog.ContractCompatibility.Id && !v.Baselined).ToList();
        // The rule's findings, by the verdict each carries (Violation.Contract), whatever severity FK013 was given.
        AdditiveChanges = [.. findings.Where(v => v.Contract?.Verdict == ContractVerdict.Additive)];
        NotApproved = [.. findings.Where(v => v.Contract?.Verdict == ContractVerdict.NotApproved)];
        BreakingChanges = [.. findings.Where(v => v.Contract?.Verdict == ContractVerdict.Breaking)];
    }

    /// <summary>Gets the report the comparison comes from, with every FK013 finding (and, when it was a whole check, the other rules' violations): write it out, baseline it, or filter it like any other.</summary>
    public FitnessReport Report { get; }

    /// <summary>Gets what the contracts were compared with: a snapshot folder (<see cref="ApprovedContracts.SnapshotDirectory"/>) or an older build.</summary>
    public ApprovedContracts ApprovedContracts { get; }

    /// <summary>Gets the contracts that were compared, by name (a contract assembly, or <c>Assembly.Context</c> for contract namespaces), in map order.</summary>
    public IReadOnlyList<string> Contracts { get; }

    /// <summary>Gets the changes that break consumers, and the contracts that were approved and are gone, whatever severity FK013 was given: each names what changed and the contexts that use the changed type or member (<see cref="ContractFinding.Consumers"/>). A violation a baseline accepts is not listed.</summary>
    public IReadOnlyList<Violation> BreakingChanges { get; }

    /// <summary>Gets the changes that break no consumer (a new type, a new optional member, a new enum value): notes, which never fail.</summary>
    public IReadOnlyList<Violation> AdditiveChanges { get; }

    /// <summary>Gets the contracts that have no approved snapshot (or are not in the older build), so that no change of theirs can be judged.</summary>
    public IReadOnlyList<Violation> NotApproved { get; }

    /// <summary>Gets a value indicating whether no contract has a breaking change and every contract has an approved snapshot: a contract never approved cannot be shown compatible.</summary>
    public bool IsCompatible => BreakingChanges.Count == 0 && NotApproved.Count == 0;

    /// <summary>Reads the FK013 findings of a report, such as a whole check whose map approves contracts.</summary>
    /// <param name="report">The report; FK013 must have been evaluated with approved contracts.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="FitnessKitException">FK013 was not evaluated, the map approves no contracts, or the map declares no contract, so nothing was compared.</exception>
    public static ContractCompatibilityReport Of(FitnessReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!report.Rules.Any(r => r.Id == RuleCatalog.ContractCompatibility.Id))
        {
            throw new FitnessKitException($"The report compared no contracts: {RuleCatalog.ContractCompatibility.Id} ({RuleCatalog.ContractCompatibility.Name}) was not among its rules ({string.Join(", ", report.Rules.Select(r => r.Id))}).");
        }

        if (report.Model.Map.ApprovedContracts is not { } approved)
        {
            throw new FitnessKitException($"The report compared no contracts: its context map approves none. Give the map the snapshot folder with ApprovedContracts(ApprovedContracts.Snapshots(folder)) (\"contractSnapshots\" in fitness.json), or use ContractSnapshots.Compare.");
        }

        var contracts = ContractUnit.Of(report.Model).Select(u => u.Name).ToList();
        if (contracts.Count == 0)
        {
            throw new FitnessKitException("The report compared no contracts: the context map declares none. Give the contexts contracts (\"contracts\" or \"contractNamespaces\").");
        }

        return new ContractCompatibilityReport(report, approved, contracts);
    }

    /// <summary>Describes the comparison for a person: what was compared with what, then each breaking change, contract not approved and additive change, with its location and fix.</summary>
    /// <param name="baseDirectory">A directory to show paths relative to, or <see langword="null"/>.</param>
    /// <returns>Text, one finding per block.</returns>
    public string Describe(string? baseDirectory = null)
    {
        var text = new StringBuilder();
        var against = ApprovedContracts.SnapshotDirectory is { } folder
            ? $"the approved snapshots in {(baseDirectory is null ? folder : Path.GetRelativePath(baseDirectory, folder).Replace('\\', '/'))}"
            : ApprovedContracts.Description;
        text.AppendLine(CultureInfo.InvariantCulture, $"Compared {Phrases.Count(Contracts.Count, "contract")} ({string.Join(", ", Contracts)}) with {against}: {Phrases.Count(BreakingChanges.Count, "breaking change")}, {Phrases.Count(AdditiveChanges.Count, "additive change")}, {Phrases.Count(NotApproved.Count, "contract")} not approved.");
        if (ApprovedContracts.SnapshotDirectory is { } missing && !Inputs.FolderExists(missing))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"The snapshot folder {missing} does not exist, so no contract has been approved yet.");
        }

        if (Report.Baseline is not null)
        {
            text.AppendLine(Report.Baseline.Describe());
        }

        Section(text, "Breaking changes", BreakingChanges, baseDirectory);
        Section(text, "Contracts not approved", NotApproved, baseDirectory);
        Section(text, "Additive changes, which break no consumer", AdditiveChanges, baseDirectory);
        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    private static void Section(StringBuilder text, string title, IReadOnlyList<Violation> violations, string? baseDirectory)
    {
        if (violations.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title} ({violations.Count}):");
        foreach (var violation in violations)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - [{violation.Severity.ToString().ToLowerInvariant()}] {violation.Message}");
            if (violation.Location is not null)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    at {violation.Location.ToString(baseDirectory)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"    Fix: {violation.Fix}");
        }
    }
}
