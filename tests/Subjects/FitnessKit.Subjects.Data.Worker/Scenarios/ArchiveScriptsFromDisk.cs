using DbUp;
using DbUp.Engine;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// DbUp runs the .sql files of archive-scripts, which the project copies to the build's output: read from there, each
/// statement at its line of the script in the project. One creates the worker's own table; one deletes Sales' orders.
/// </summary>
internal static class ArchiveScriptsFromDisk
{
    public static UpgradeEngine Build(string connectionString) =>
        DeployChanges.To.SqlDatabase(connectionString)
            .WithScriptsFromFileSystem("archive-scripts")
            .Build();
}
