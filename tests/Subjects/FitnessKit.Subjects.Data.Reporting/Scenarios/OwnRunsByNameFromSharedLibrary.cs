using Dapper;

using FitnessKit.Subjects.Data.SqlKit;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>Compliant twin of TableNamesFromSharedLibrary: Reporting's own runs, named by a static property of the shared library.</summary>
internal sealed class OwnRunsByNameFromSharedLibrary
{
    public int RunCount(NpgsqlConnection connection) =>
        connection.ExecuteScalar<int>($"SELECT COUNT(*) FROM {TableNames.ReportRuns}");
}
