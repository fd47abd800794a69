using Bakery.Web.Infrastructure;
using Dapper;

namespace Bakery.Web.Modules.Kitchen.Application;

/// <summary>Planted FK004: Kitchen's dashboard counts the orders due today in Orders' table, orders.Orders, through Dapper.</summary>
internal sealed class OrdersDueToday(SqliteConnections connections)
{
    public async Task<int> CountAsync(DateTime day)
    {
        using var connection = connections.Open();
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM orders.Orders WHERE date(PickUpAt) = date(@day)", new { day });
    }
}
