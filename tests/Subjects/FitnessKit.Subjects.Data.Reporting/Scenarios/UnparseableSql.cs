using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted, broken: Dapper receives a string that is meant as SQL but does not parse (SELEC, FORM). It names no table the
/// kit can trust and must be reported as unparseable, at the line of the call.
/// </summary>
internal sealed class UnparseableSql
{
    public int Run(NpgsqlConnection connection)
    {
        connection.Open();
        return connection.Execute("SELEC \"Id\" FORM sales.\"Orders\"");
    }
}
