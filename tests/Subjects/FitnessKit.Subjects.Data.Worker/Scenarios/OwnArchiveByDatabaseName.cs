using Microsoft.Data.SqlClient;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Compliant twin of LedgerBalanceAcrossDatabases: counts the worker's own archive (ops.worker_archive, which its
/// archive scripts create) by a three-part name that names the worker's own database.
/// </summary>
internal sealed class OwnArchiveByDatabaseName(string connectionString)
{
    public int ArchivedCount()
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var command = new SqlCommand("SELECT COUNT(*) FROM [WorkerDb].[ops].[worker_archive]", connection);
        return (int)command.ExecuteScalar();
    }
}
