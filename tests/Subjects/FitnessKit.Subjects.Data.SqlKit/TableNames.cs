namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>
/// The table names a company keeps in its shared data-access library, for the SQL of every context: a static readonly
/// field and a static property, each read by the kit with the value it starts with.
/// </summary>
public static class TableNames
{
#pragma warning disable CA2211, CA1707 // A shared catalogue of names, as such libraries write them.
    public static readonly string SupportTickets = "support.\"Tickets\"";
#pragma warning restore CA2211, CA1707

    public static string ReportRuns { get; } = "reporting.\"ReportRuns\"";
}
