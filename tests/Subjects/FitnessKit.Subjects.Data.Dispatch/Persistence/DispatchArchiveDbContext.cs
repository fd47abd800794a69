using FitnessKit.Subjects.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Dispatch.Persistence;

/// <summary>The schema of every entity type set by a shared building block's loop (UseModuleSchema): dispatch_archive.ArchivedDispatches.</summary>
internal sealed class DispatchArchiveDbContext : DbContext
{
    public DbSet<ArchivedDispatchRow> ArchivedDispatches { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlServer("Server=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.UseModuleSchema("dispatch_archive");
}
