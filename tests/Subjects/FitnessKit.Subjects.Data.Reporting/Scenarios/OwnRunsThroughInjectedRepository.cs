using Dapper;

using FitnessKit.Subjects.Data.Reporting.Persistence;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>Reporting's own generic repository, in its own schema: its table is the row type's name with an "s".</summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal interface IReportingRows<TRow>
{
    int Count();
}

/// <summary>The implementation, registered for every row type at once.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class ReportingRows<TRow>(string connectionString) : IReportingRows<TRow>
{
    public int Count()
    {
        using var connection = new NpgsqlConnection(connectionString);
        return connection.ExecuteScalar<int>($"SELECT COUNT(*) FROM reporting.\"{typeof(TRow).Name}s\"");
    }
}

/// <summary>Twin of SettingsThroughInjectedRepository: Reporting's own runs, reporting."ReportRuns", through its own repository.</summary>
internal sealed class OwnRunsThroughInjectedRepository(IReportingRows<ReportRun> runs)
{
    public int RunsKept() => runs.Count();
}
