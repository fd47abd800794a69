using Dapper;

using Microsoft.Data.SqlClient;

namespace Ordering.API.Application.Queries;

/// <summary>
/// Compliant: the service's read side, in the shape such services use: Dapper over a SqlConnection, joining its own
/// tables in schema ordering (one mapped by OrderingContext, two only SQL knows, in the schema Ordering maps into).
/// </summary>
public sealed class OrderQueries(string connectionString)
{
    public async Task<IEnumerable<dynamic>> GetOrderAsync(int id)
    {
        using var connection = new SqlConnection(connectionString);
        connection.Open();
        return await connection.QueryAsync<dynamic>(
            @"SELECT o.[Id] AS ordernumber, o.OrderDate AS date, os.Name AS status,
                     oi.ProductName AS productname, oi.Units AS units, oi.UnitPrice AS unitprice
              FROM ordering.Orders o
              LEFT JOIN ordering.Orderitems oi ON o.Id = oi.OrderId
              LEFT JOIN ordering.OrderStatus os ON o.OrderStatusId = os.Id
              WHERE o.Id = @id",
            new { id });
    }
}
