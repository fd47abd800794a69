using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Support's "Tickets". The SQL is string.Format(string, object) with one hole, which sits inside a SQL
/// string literal ('{0}'), passed straight to Dapper's ExecuteScalar.
/// </summary>
internal sealed class FormattedTicketCount
{
    public long CountTickets(NpgsqlConnection connection, string status)
    {
        connection.Open();
        return connection.ExecuteScalar<long>(string.Format("SELECT COUNT(*) FROM support.\"Tickets\" WHERE \"Status\" = '{0}'", status));
    }
}
