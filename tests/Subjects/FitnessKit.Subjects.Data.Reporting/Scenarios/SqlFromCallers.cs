using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted, not readable here: a shared data-access helper that sends whatever SQL its callers hand it, and no caller in
/// this assembly. Its SQL is built elsewhere, so the kit says so at the line of the call instead of guessing a table.
/// </summary>
public static class SqlFromCallers
{
    public static int Execute(NpgsqlConnection connection, string sql)
    {
        connection.Open();
        return connection.Execute(sql);
    }
}
