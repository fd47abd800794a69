using Microsoft.Data.SqlClient;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: reads [ops].[Notifications] on SQL Server, a table nobody maps or claims. T-SQL with bracketed names, through
/// the Microsoft.Data.SqlClient SqlCommand constructor, on a connection created from a connection string.
/// </summary>
internal sealed class SqlServerNotificationsReader(string connectionString)
{
    public IReadOnlyList<(int Id, string Text)> UnsentNotifications()
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        using var command = new SqlCommand("SELECT [Id], [Text] FROM [ops].[Notifications] WHERE [Sent] = 0", connection);
        using var reader = command.ExecuteReader();
        var notifications = new List<(int Id, string Text)>();
        while (reader.Read())
        {
            notifications.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return notifications;
    }
}
