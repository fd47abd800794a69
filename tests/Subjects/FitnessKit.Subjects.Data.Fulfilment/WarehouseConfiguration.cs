using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// A join entity named in UsingEntity, whose table takes its name: WarehouseZoneLinks; and a derived type mapped to a
/// table of its own, ColdStores, which makes the hierarchy a table per type.
/// </summary>
internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> builder)
    {
        builder.HasMany(warehouse => warehouse.Zones)
            .WithMany(zone => zone.Warehouses)
            .UsingEntity("WarehouseZoneLinks");
        builder.OwnsOne(warehouse => warehouse.Address);
    }
}
