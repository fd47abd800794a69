using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// Entity splitting over Fulfilment's own tables: a dock's name in yard.Docks, its hours in DockSchedules, which only
/// this context maps. Nothing else names Dock: applying this configuration brings it into the model.
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
    }
}
