using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Pantry.Api.Infrastructure;

/// <summary>The application's connection factory, which every module's read side is given: code of no module.</summary>
public sealed class SqliteConnections(string connectionString)
{
    public string ConnectionString => connectionString;

    public DbConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }
}
