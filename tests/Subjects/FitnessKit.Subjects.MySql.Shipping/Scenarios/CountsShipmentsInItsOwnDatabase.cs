using Dapper;
using MySqlConnector;

namespace FitnessKit.Subjects.MySql.Shipping.Scenarios;

/// <summary>Compliant: Shipping names its own database, shipping_db, before its own table.</summary>
public sealed class CountsShipmentsInItsOwnDatabase(MySqlConnection connection)
{
    public Task<int> CountAsync() => connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM shipping_db.Shipments");
}
