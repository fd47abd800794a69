using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Outbox;

/// <summary>Maps the audit log with an explicit schema: every context that calls it maps the same table, ops.AuditLog (the shared-table violation).</summary>
public static class AuditLogModelBuilderExtensions
{
    public static ModelBuilder UseSharedAuditLog(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(entity => entity.ToTable("AuditLog", "ops"));
        return modelBuilder;
    }
}
