using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: selects from support.open_tickets_of, a set-returning function in Support's schema. No table of Support's is
/// named, but the function reads Support's data for Reporting all the same.
/// </summary>
internal sealed class TicketsThroughSupportFunction(NpgsqlConnection connection)
{
    public IEnumerable<int> OpenTicketIds(int customerId) =>
        connection.Query<int>("SELECT t.id FROM support.open_tickets_of(@customerId) AS t", new { customerId });
}
