using Microsoft.Extensions.Configuration;
using MySqlConnector;

namespace FitnessKit.Subjects.MySql.Shipping;

/// <summary>Shipping's connections, to the database its connection string names: where init learns Shipping's database.</summary>
public sealed class ShippingConnections(IConfiguration configuration)
{
    public MySqlConnection Open() => new(configuration.GetConnectionString("shipping_db"));
}
