using FitnessKit.Subjects.Data.SqlKit;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: counts Legacy's "Settings" (public."Settings") through the shared library's generic reader, which names
/// the table after the row type this class closes it with: Reporting's own Setting row, named as Legacy's entity is.
/// </summary>
internal sealed class SettingsThroughGenericReader(string connectionString) : PluralTableReader<SettingsThroughGenericReader.Setting>(connectionString)
{
    internal sealed record Setting(string Key, string Value);
}
