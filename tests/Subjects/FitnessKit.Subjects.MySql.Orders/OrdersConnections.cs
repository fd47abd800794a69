using Microsoft.Extensions.Configuration;
using MySqlConnector;

namespace FitnessKit.Subjects.MySql.Orders;

/// <summary>Orders' connections, to the database its connection string names: where init learns Orders' database.</summary>
public sealed class OrdersConnections(IConfiguration configuration)
{
    public MySqlConnection Open() => new(configuration.GetConnectionString("orders_db"));
}
