namespace FitnessKit.Subjects.Data.Reporting.Persistence;

/// <summary>A keyless entity mapped to a table-valued function (<see cref="ReportingDbContext"/>): no table.</summary>
internal sealed class RunsOfDay
{
    public string Name { get; set; } = string.Empty;
}
