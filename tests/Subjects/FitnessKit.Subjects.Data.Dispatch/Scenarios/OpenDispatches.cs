using Dapper;
using Microsoft.Data.SqlClient;

namespace FitnessKit.Subjects.Data.Dispatch.Scenarios;

/// <summary>
/// Compliant: Dapper over the tables only Dispatch's migrations create. No EF Core model maps them; the migrations make
/// them Dispatch's, so this query is its own (not an unowned table, FK007).
/// </summary>
internal sealed class OpenDispatches(SqlConnection connection)
{
    public IEnumerable<Guid> OfCarrier(string code) =>
        connection.Query<Guid>("SELECT d.Id FROM dispatch.Dispatches d JOIN dispatch.Carriers c ON c.Code = d.CarrierCode WHERE c.Code = @code", new { code });
}
