using Dapper;
using MySqlConnector;

namespace FitnessKit.Subjects.MySql.Orders;

/// <summary>Orders writes its own table, in its own database, naming no database.</summary>
public sealed class OrderStore(MySqlConnection connection)
{
    public Task<int> AddAsync(Guid id, Guid customerId, decimal total) =>
        connection.ExecuteAsync("INSERT INTO Orders (Id, CustomerId, Total) VALUES (@id, @customerId, @total)", new { id, customerId, total });
}
