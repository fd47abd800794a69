namespace FitnessKit.Subjects.Data.Reporting.Persistence;

/// <summary>
/// Planted: a keyless entity mapped to a SQL query over Sales' "Orders" (<see cref="ReportingDbContext"/>). It has no
/// table of its own; the query reads another context's table from inside Reporting's model.
/// </summary>
internal sealed class OrderVolume
{
    public int CustomerId { get; set; }

    public int Orders { get; set; }
}
