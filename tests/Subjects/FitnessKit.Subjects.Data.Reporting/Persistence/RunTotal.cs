namespace FitnessKit.Subjects.Data.Reporting.Persistence;

/// <summary>Twin of <see cref="OrderVolume"/>: a keyless entity mapped to a SQL query over Reporting's own "ReportRuns".</summary>
internal sealed class RunTotal
{
    public string Name { get; set; } = string.Empty;

    public int Runs { get; set; }
}
