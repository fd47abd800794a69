using Bakery.Web.Infrastructure;
using Dapper;

namespace Bakery.Web.Modules.Kitchen.Application;

/// <summary>Compliant: Kitchen's dashboard counts its own batches, in its own table kitchen.Batches.</summary>
internal sealed class BatchesDueToday(SqliteConnections connections)
{
    public async Task<int> CountAsync(DateTime day)
    {
        using var connection = connections.Open();
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM kitchen.Batches WHERE date(BakeBy) = date(@day)", new { day });
    }
}
