using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// Fulfilment's DbContext: nine DbSets and the configurations of this assembly. Most of its tables are named by
/// nothing in this file: join tables, types reached through navigations, a hierarchy's shared table.
/// </summary>
internal sealed class FulfilmentDbContext : DbContext
{
    public DbSet<Shipment> Shipments { get; set; }

    public DbSet<Carrier> Carriers { get; set; }

    /// <summary>A derived type with a DbSet of its own: EF Core keeps it in its base type's table, Carriers.</summary>
    public DbSet<ExpressCarrier> ExpressCarriers { get; set; }

    public DbSet<Warehouse> Warehouses { get; set; }

    public DbSet<Parcel> Parcels { get; set; }

    public DbSet<Picker> Pickers { get; set; }

    public DbSet<Route> Routes { get; set; }

    /// <summary>The abstract root of a table per concrete type: no table named Documents.</summary>
    public DbSet<Document> Documents { get; set; }

    public DbSet<Waybill> Waybills { get; set; }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseNpgsql("Host=localhost;Database=subjects");

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Owned<ContactCard>();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FulfilmentDbContext).Assembly);
    }
}
