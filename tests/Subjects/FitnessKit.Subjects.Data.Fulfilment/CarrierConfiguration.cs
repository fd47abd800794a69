using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A carrier's depots, a collection of the value object docks own too, in a table this configuration names: CarrierDepots.</summary>
internal sealed class CarrierConfiguration : IEntityTypeConfiguration<Carrier>
{
    public void Configure(EntityTypeBuilder<Carrier> builder) =>
        builder.OwnsMany(carrier => carrier.Depots, depot => depot.ToTable("CarrierDepots"));
}
