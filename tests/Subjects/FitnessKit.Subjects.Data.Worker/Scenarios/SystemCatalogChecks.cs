using Microsoft.Data.SqlClient;

using Npgsql;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Compliant twin of <see cref="SqlServerNotificationsReader"/> and <see cref="NpgsqlCommandConstructor"/>: the same
/// commands, reading the database's own catalog (a schema guard and a health check) and EF Core's migrations history,
/// which no context owns: neither FK007 (no owner) nor FK005 (a join of a context's table with them) may speak of them.
/// </summary>
internal sealed class SystemCatalogChecks(string connectionString)
{
    public bool SchemaIsCurrent()
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var command = new SqlCommand(
            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES t JOIN sys.columns c ON c.object_id = OBJECT_ID(t.TABLE_SCHEMA + '.' + t.TABLE_NAME) WHERE t.TABLE_SCHEMA = 'ops'",
            connection);
        return command.ExecuteScalar() is > 0;
    }

    public long ActiveSessions(NpgsqlConnection connection)
    {
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity a JOIN pg_catalog.pg_database d ON d.oid = a.datid WHERE d.datname = current_database() AND EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'sales')",
            connection);
        return command.ExecuteScalar() is long count ? count : 0;
    }

    public string? LastMigration(NpgsqlConnection connection)
    {
        connection.Open();
        using var command = new NpgsqlCommand("SELECT \"MigrationId\" FROM sales.\"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1", connection);
        return command.ExecuteScalar() as string;
    }
}
