using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.SqlKit;

/// <summary>A static helper of the shared library with a generic method: the table is the type argument's name with an "s".</summary>
public static class SqlCounts
{
    public static int Count<TRow>(NpgsqlConnection connection) =>
        connection.ExecuteScalar<int>($"SELECT COUNT(*) FROM \"{typeof(TRow).Name}s\"");
}
