using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// A many-to-many whose join table is renamed in UsingEntity's lambda: public.ShipmentCarriers, not ShipmentCarrier.
/// The weight, a class with no key, is a column through a value converter, not an entity of its own; the tracking, an
/// owned collection mapped to JSON with another inside it, is a column of Shipments, not a table.
/// </summary>
internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> builder)
    {
        builder.HasMany(shipment => shipment.Carriers)
            .WithMany(carrier => carrier.Shipments)
            .UsingEntity(join => join.ToTable("ShipmentCarriers"));
        builder.Property(shipment => shipment.Weight)
            .HasConversion(weight => weight.Kilograms, kilograms => new Weight(kilograms));
        builder.OwnsMany(shipment => shipment.Tracking, tracking =>
        {
            tracking.ToJson();
            tracking.OwnsMany(entry => entry.Readings);
        });
    }
}
