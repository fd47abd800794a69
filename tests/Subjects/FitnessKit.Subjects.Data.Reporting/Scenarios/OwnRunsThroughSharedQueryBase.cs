using FitnessKit.Subjects.Data.SqlKit;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>Twin of SqlThroughSharedQueryBase: the same base class, Reporting's own "ReportRuns".</summary>
internal sealed class OwnRunsThroughSharedQueryBase(string connectionString) : DapperQueries(connectionString)
{
    public Task<IReadOnlyList<string>> RunNamesSince(int days) =>
        QueryAsync<string>($"SELECT r.\"Name\" FROM reporting.\"ReportRuns\" r WHERE r.\"AgeDays\" < {days}");
}
