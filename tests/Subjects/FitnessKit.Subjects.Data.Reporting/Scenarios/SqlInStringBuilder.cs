using System.Text;

using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Support's "Tickets". The SQL is appended piece by piece to a StringBuilder held in a local, one statement
/// per piece, and Dapper receives its ToString().
/// </summary>
internal sealed class SqlInStringBuilder
{
    public IReadOnlyList<Guid> OpenTicketIds(NpgsqlConnection connection)
    {
        var builder = new StringBuilder();
        builder.Append("SELECT \"Id\"");
        builder.Append(" FROM support.\"Tickets\"");
        builder.Append(" WHERE \"Status\" = 'open'");
        connection.Open();
        return connection.Query<Guid>(builder.ToString()).ToList();
    }
}
