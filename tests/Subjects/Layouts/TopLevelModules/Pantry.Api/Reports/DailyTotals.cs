using Dapper;
using Pantry.Api.Infrastructure;

namespace Pantry.Api.Reports;

/// <summary>A report of the application's own, in no module: it reads Orders' table, which no rule judges until the map places it in a context.</summary>
internal sealed class DailyTotals(SqliteConnections connections)
{
    public async Task<int> OrderedUnitsAsync()
    {
        using var connection = connections.Open();
        return await connection.ExecuteScalarAsync<int>("SELECT SUM(Quantity) FROM orders.Orders");
    }
}
