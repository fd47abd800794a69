using FitnessKit.Subjects.Data.SqlKit;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: counts Legacy's "Settings" (public."Settings") through the shared library's generic method, called with
/// Reporting's own Setting row: the table is named at this call, after the method's type argument.
/// </summary>
internal sealed class SettingsThroughGenericMethod
{
    public int SettingsKept(NpgsqlConnection connection) => SqlCounts.Count<Setting>(connection);

    internal sealed record Setting(string Key, string Value);
}
