using Microsoft.EntityFrameworkCore;

namespace IntegrationEventLogEF;

/// <summary>
/// The event log's table, mapped by every service's own DbContext, as eShop's services do, in the schema the shared
/// mapping names: in one database the services would share it; each service here keeps it in a database of its own.
/// </summary>
public static class IntegrationLogExtensions
{
    public static void UseIntegrationEventLogs(this ModelBuilder builder) =>
        builder.Entity<IntegrationEventLogEntry>(entry =>
        {
            entry.ToTable("IntegrationEventLog", "eventlog");
            entry.HasKey(e => e.EventId);
        });
}
