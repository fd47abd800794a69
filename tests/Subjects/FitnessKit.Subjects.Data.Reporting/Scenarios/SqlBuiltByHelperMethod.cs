using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads Legacy's public."Settings". The SQL comes back from a private static helper: Dapper receives the
/// result of a call, whose body is one ldstr.
/// </summary>
internal sealed class SqlBuiltByHelperMethod
{
    public IReadOnlyList<string> SettingKeys(NpgsqlConnection connection)
    {
        connection.Open();
        return connection.Query<string>(BuildSql()).ToList();
    }

    private static string BuildSql() => "SELECT \"Key\" FROM public.\"Settings\"";
}
