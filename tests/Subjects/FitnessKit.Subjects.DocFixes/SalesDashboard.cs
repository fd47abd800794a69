// FK005's fix: one statement over Reporting's own table ShippedOrders instead of a join of Orders' and Shipping's tables.
using Dapper;

using Microsoft.Data.Sqlite;

namespace Shop.Reporting;

public sealed record ShippedOrderRow(Guid OrderId, decimal Total, DateTimeOffset RequestedAt);

#region docfix-fk005-sales-dashboard
public sealed class SalesDashboard(string reportingConnectionString)
{
    public IReadOnlyList<ShippedOrderRow> ShippedOrders(Guid customerId)
    {
        using var connection = new SqliteConnection(reportingConnectionString);
        return [.. connection.Query<ShippedOrderRow>(
            "SELECT OrderId, Total, RequestedAt FROM ShippedOrders WHERE CustomerId = @customerId",
            new { customerId })];
    }
}
#endregion
