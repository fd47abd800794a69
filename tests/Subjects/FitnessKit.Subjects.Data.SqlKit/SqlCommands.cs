using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>A static helper: its <c>sql</c> parameter goes straight to Dapper's Execute.</summary>
public static class SqlCommands
{
    public static int Execute(NpgsqlConnection connection, string sql)
    {
        connection.Open();
        return connection.Execute(sql);
    }
}
