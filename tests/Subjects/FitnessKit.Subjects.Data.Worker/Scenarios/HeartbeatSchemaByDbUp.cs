using DbUp;
using DbUp.Engine;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Compliant: a DbUp script given as text creates the worker's own table, ops.worker_heartbeats, which no other context
/// maps or creates: read as the worker's SQL, it makes the table the worker's.
/// </summary>
internal static class HeartbeatSchemaByDbUp
{
    public static UpgradeEngine Build(string connectionString) =>
        DeployChanges.To.SqlDatabase(connectionString)
            .WithScript("0001_create_worker_heartbeats", "CREATE TABLE ops.worker_heartbeats (worker_id int PRIMARY KEY, seen_at datetime2 NOT NULL)")
            .Build();
}
