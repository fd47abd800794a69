using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Dispatch.Persistence;

/// <summary>
/// Schemas set on the model's entity types rather than by HasDefaultSchema or ToTable, as modules often write them: in
/// a loop over every entity type (dispatch_audit.AuditEntries and its owned AuditTag), then on one entity type found by
/// its CLR type (dispatch_notes.DispatchNotes). The loop then sets each table's name to itself, computed at run time.
/// </summary>
internal sealed class AuditDbContext : DbContext
{
    public DbSet<AuditEntryRow> AuditEntries { get; set; }

    public DbSet<DispatchNoteRow> DispatchNotes { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlServer("Server=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntryRow>().OwnsMany(entry => entry.Tags);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            entityType.SetSchema("dispatch_audit");
            entityType.SetTableName(entityType.GetTableName());
        }

        modelBuilder.Model.FindEntityType(typeof(DispatchNoteRow))!.SetSchema("dispatch_notes");
    }
}
