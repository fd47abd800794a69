using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Sales;

/// <summary>
/// A configuration class applied by hand, ApplyConfiguration(new CustomerNoteConfiguration(...)): sales.CustomerNotes.
/// It takes a constructor argument so that ApplyConfigurationsFromAssembly passes over it (EF Core 10 applies any
/// configuration class with a parameterless constructor, public or not): only the explicit call maps CustomerNote.
/// </summary>
internal sealed class CustomerNoteConfiguration(int maxTextLength) : IEntityTypeConfiguration<CustomerNote>
{
    public void Configure(EntityTypeBuilder<CustomerNote> builder)
    {
        builder.ToTable("CustomerNotes");
        builder.Property(note => note.Text).HasMaxLength(maxTextLength);
    }
}
