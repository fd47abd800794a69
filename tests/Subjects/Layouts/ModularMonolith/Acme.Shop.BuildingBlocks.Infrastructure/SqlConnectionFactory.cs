using System.Data;

using Microsoft.Data.SqlClient;

namespace Acme.Shop.BuildingBlocks.Infrastructure;

public sealed class SqlConnectionFactory(string connectionString) : ISqlConnectionFactory
{
    public IDbConnection GetOpenConnection()
    {
        var connection = new SqlConnection(connectionString);
        connection.Open();
        return connection;
    }
}
