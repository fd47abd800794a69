using LinqToDB.Data;

namespace FitnessKit.Subjects.Data.Invoicing.Scenarios;

/// <summary>Planted: reads Support's "Tickets" with SQL that linq2db's DataConnection sends (FK004).</summary>
internal sealed class TicketCountBySql
{
    public int OpenTickets(DataConnection connection) =>
        connection.Query<int>("SELECT count(*) FROM support.\"Tickets\" WHERE \"Status\" = 'open'").Single();
}
