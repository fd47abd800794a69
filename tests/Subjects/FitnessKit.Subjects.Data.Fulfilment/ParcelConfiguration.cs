using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// A one-sided many-to-many: WithMany() with no navigation back, joined by convention in LabelParcel. Two navigations
/// ignored, one by a lambda and one by name: the classes they lead to are no entity types.
/// </summary>
internal sealed class ParcelConfiguration : IEntityTypeConfiguration<Parcel>
{
    public void Configure(EntityTypeBuilder<Parcel> builder)
    {
        builder.HasMany(parcel => parcel.Labels).WithMany();
        builder.Ignore(parcel => parcel.LastScan);
        builder.Ignore(nameof(Parcel.CustomsNotes));
    }
}
