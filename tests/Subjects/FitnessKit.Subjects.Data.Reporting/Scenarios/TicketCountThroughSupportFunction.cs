using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: calls support.open_ticket_count, a scalar function in Support's schema, inside the select list. No table of
/// Support's is named, but the function reads Support's data for Reporting all the same.
/// </summary>
internal sealed class TicketCountThroughSupportFunction(NpgsqlConnection connection)
{
    public int OpenTickets(int customerId) =>
        connection.ExecuteScalar<int>("SELECT coalesce(support.open_ticket_count(@customerId), 0)", new { customerId });
}
