using FitnessKit.Evaluation;

namespace FitnessKit.FluentAssertions;

/// <summary>The entry point of the assertions: <c>report.Should()</c>, <c>contracts.Should()</c>.</summary>
public static class FitnessReportExtensions
{
    /// <summary>Starts an assertion on a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The assertions.</returns>
    public static FitnessReportAssertions Should(this FitnessReport report) => new(report);

    /// <summary>Starts an assertion on the contracts compared with their approved snapshots (<see cref="ContractSnapshots.Compare(Inspection.CodeBase, ContextMapping.ContextMap, string?)"/>).</summary>
    /// <param name="contracts">The comparison.</param>
    /// <returns>The assertions.</returns>
    public static ContractCompatibilityReportAssertions Should(this ContractCompatibilityReport contracts) => new(contracts);
}
