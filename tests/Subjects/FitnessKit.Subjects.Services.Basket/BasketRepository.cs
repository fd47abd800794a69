using System.Data.Common;
using Dapper;

namespace FitnessKit.Subjects.Services.Basket;

/// <summary>A repository that touches persistence through Dapper, internal as it should be.</summary>
internal sealed class BasketRepository(DbConnection connection)
{
    public Task<int> CountAsync() => connection.ExecuteScalarAsync<int>("select count(*) from basket.baskets");
}
