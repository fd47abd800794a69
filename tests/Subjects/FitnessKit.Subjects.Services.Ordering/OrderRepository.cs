using System.Data.Common;
using Dapper;

namespace FitnessKit.Subjects.Services.Ordering;

/// <summary>A repository that touches persistence (a connection and Dapper), internal as it should be.</summary>
internal sealed class OrderRepository(DbConnection connection)
{
    public Task<int> CountAsync() => connection.ExecuteScalarAsync<int>("select count(*) from ordering.orders");
}
