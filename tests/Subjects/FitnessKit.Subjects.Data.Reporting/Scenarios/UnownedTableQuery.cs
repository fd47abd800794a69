using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads legacy_exports, an unqualified, unquoted table that no context maps or claims (PostgreSQL finds it in
/// the default schema, public).
/// </summary>
internal sealed class UnownedTableQuery
{
    public IReadOnlyList<string> PendingExportFiles(NpgsqlConnection connection)
    {
        connection.Open();
        return connection.Query<string>("SELECT file_name FROM legacy_exports WHERE exported_at IS NULL").ToList();
    }
}
