using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// A many-to-many through a join entity class: the join table is the class's, PickAssignment, not PickerBin or BinPicker.
/// The badge is a complex type: columns of Pickers.
/// </summary>
internal sealed class PickerConfiguration : IEntityTypeConfiguration<Picker>
{
    public void Configure(EntityTypeBuilder<Picker> builder)
    {
        builder.HasMany(picker => picker.Bins)
            .WithMany(bin => bin.Pickers)
            .UsingEntity<PickAssignment>();
        builder.ComplexProperty(picker => picker.Badge);
        builder.OwnsOne(picker => picker.Home);
    }
}
