using FitnessKit.Subjects.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Dispatch.Persistence;

/// <summary>Names its schema by overriding the shared base's property: its table is dispatch.Carriers.</summary>
internal sealed class CarrierDbContext : SchemaDbContext
{
    public DbSet<CarrierRow> Carriers => Set<CarrierRow>();

    protected override string Schema => "dispatch";

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlServer("Server=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<CarrierRow>().HasKey(carrier => carrier.Code);
    }
}
