using Dapper;

using FitnessKit.Subjects.Data.Reporting.Persistence;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>Twin of SettingsThroughGenericMethod: Reporting's own generic method, in its own schema, called with its own ReportRun.</summary>
internal sealed class OwnRunsThroughGenericMethod
{
    public int RunsKept(NpgsqlConnection connection) => CountOf<ReportRun>(connection);

    private static int CountOf<TRow>(NpgsqlConnection connection) =>
        connection.ExecuteScalar<int>($"SELECT COUNT(*) FROM reporting.\"{typeof(TRow).Name}s\"");
}
