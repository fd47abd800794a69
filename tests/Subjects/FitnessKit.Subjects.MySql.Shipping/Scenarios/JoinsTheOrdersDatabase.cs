using Dapper;
using MySqlConnector;

namespace FitnessKit.Subjects.MySql.Shipping.Scenarios;

/// <summary>
/// Violation: Shipping joins its shipments with Orders' table in Orders' database, orders_db.Orders, which MySQL lets
/// any database on the server read.
/// </summary>
public sealed class JoinsTheOrdersDatabase(MySqlConnection connection)
{
    public Task<decimal> UnshippedTotalAsync() => connection.ExecuteScalarAsync<decimal>(
        "SELECT SUM(o.Total) FROM orders_db.Orders o LEFT JOIN Shipments s ON s.OrderId = o.Id WHERE s.Id IS NULL");
}
