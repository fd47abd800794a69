using DbUp;
using DbUp.Engine;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Not read, and said so: DbUp runs the .sql files of a folder it reads at run time, which are not in the compiled
/// code; the call is listed as SQL not read, at its line, instead of passing in silence.
/// </summary>
internal static class LegacyScriptsFromDisk
{
    public static UpgradeEngine Build(string connectionString) =>
        DeployChanges.To.SqlDatabase(connectionString)
            .WithScriptsFromFileSystem("legacy-scripts")
            .Build();
}
