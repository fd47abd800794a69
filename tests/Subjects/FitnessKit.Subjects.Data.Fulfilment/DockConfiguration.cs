using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// Entity splitting over Fulfilment's own tables: a dock's name in yard.Docks, its hours in DockSchedules, which only
/// this context maps. Nothing else names Dock: applying this configuration brings it into the model. Its owned
/// collections: gates, of a type other entities own too, in yard.Docks_Gates; attachments in yard.Attachment, the
/// docks' schema; signs in DockSigns, a name given without a schema, so in the model's default schema.
/// </summary>
internal sealed class DockConfiguration : IEntityTypeConfiguration<Dock>
{
    public void Configure(EntityTypeBuilder<Dock> builder)
    {
        builder.ToTable("Docks", "yard");
        builder.SplitToTable("DockSchedules", table =>
        {
            table.Property(dock => dock.OpensAt);
            table.Property(dock => dock.ClosesAt);
        });
        builder.OwnsMany(dock => dock.Gates);
        builder.OwnsMany(dock => dock.Attachments);
        builder.OwnsMany(dock => dock.Signs, sign => sign.ToTable("DockSigns"));
    }
}
