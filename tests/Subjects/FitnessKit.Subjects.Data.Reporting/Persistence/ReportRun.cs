namespace FitnessKit.Subjects.Data.Reporting.Persistence;

/// <summary>One run of a report: Reporting's own mapped table, reporting."ReportRuns".</summary>
internal sealed class ReportRun
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public DateTime StartedAt { get; set; }
}
