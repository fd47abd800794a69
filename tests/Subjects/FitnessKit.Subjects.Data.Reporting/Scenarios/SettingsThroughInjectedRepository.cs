using FitnessKit.Subjects.Data.SqlKit;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: counts Legacy's "Settings" (public."Settings") through the shared library's generic repository, injected
/// as IRowCounter of Reporting's own Setting row: the table is named at this call, after the row type.
/// </summary>
internal sealed class SettingsThroughInjectedRepository(IRowCounter<SettingsThroughInjectedRepository.Setting> settings)
{
    public int SettingsKept() => settings.Count();

    internal sealed record Setting(string Key, string Value);
}
