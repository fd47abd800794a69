using Dapper;
using MySqlConnector;

namespace FitnessKit.Subjects.MySql.Shipping.Scenarios;

/// <summary>Compliant: Shipping reads its own table, naming no database.</summary>
public sealed class ReadsItsOwnShipments(MySqlConnection connection)
{
    public Task<IEnumerable<Guid>> OfCustomerAsync(Guid customerId) =>
        connection.QueryAsync<Guid>("SELECT OrderId FROM Shipments WHERE CustomerId = @customerId", new { customerId });
}
