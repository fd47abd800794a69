// PLANTED VIOLATION (FK005): one Dapper statement joins Orders' table Orders with Shipping's table ShipmentRequests, so Reporting reads two contexts' storage (FK004 for each table) with no reference to either context's assemblies.
using Dapper;

using Microsoft.Data.Sqlite;

namespace Shop.Reporting;
#region shop-broken-sales-dashboard
/// <summary>"One query is quicker than two event handlers": a customer's orders with the time Shipping was asked to ship each.</summary>
public sealed class SalesDashboard(string shopConnectionString)
{
    public IReadOnlyList<ShippedOrderRow> ShippedOrders(Guid customerId)
    {
        // Only works while Orders and Shipping keep their tables in one database; the id is pasted into the text, too.
        var sql = $"SELECT o.Id AS OrderId, o.Total, s.RequestedAt FROM Orders o JOIN ShipmentRequests s ON s.OrderId = o.Id WHERE o.CustomerId = '{customerId}'";
        using var connection = new SqliteConnection(shopConnectionString);
        return [.. connection.Query<ShippedOrderRow>(sql)];
    }
}
#endregion
