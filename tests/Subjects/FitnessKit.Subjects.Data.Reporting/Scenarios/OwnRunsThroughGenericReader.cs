using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Twin of SettingsThroughGenericReader: Reporting's own generic reader, in its own schema, closed with its own row,
/// ReportRun: reporting."ReportRuns".
/// </summary>
/// <typeparam name="TRow">The row type, named as its table is without the plural "s".</typeparam>
internal abstract class ReportingTableReader<TRow>(string connectionString)
{
    public int Count()
    {
        using var connection = new NpgsqlConnection(connectionString);
        return connection.ExecuteScalar<int>($"SELECT COUNT(*) FROM reporting.\"{typeof(TRow).Name}s\"");
    }
}

/// <summary>Counts Reporting's runs through its generic reader.</summary>
internal sealed class OwnRunsThroughGenericReader(string connectionString) : ReportingTableReader<Persistence.ReportRun>(connectionString);
