using FitnessKit.Subjects.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Dispatch.Persistence;

/// <summary>
/// Passes its schema up to the shared base (in another assembly), whose OnModelCreating makes it the default: its
/// table is dispatch.Dispatches, the table the migrations create, not dbo.Dispatches.
/// </summary>
internal sealed class DispatchDbContext() : ModuleDbContext("dispatch")
{
    public DbSet<DispatchRow> Dispatches => Set<DispatchRow>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlServer("Server=localhost;Database=subjects");

    protected override void ConfigureModule(ModelBuilder modelBuilder) => modelBuilder.Entity<DispatchRow>().HasKey(row => row.Id);
}
