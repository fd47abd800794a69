using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Returns.Archive;

/// <summary>The archive's table, in its own schema: applied by the archive's context, filtered out of ReturnsDbContext's.</summary>
internal sealed class ArchivedReturnConfiguration : IEntityTypeConfiguration<ArchivedReturn>
{
    public void Configure(EntityTypeBuilder<ArchivedReturn> builder)
    {
        builder.ToTable("archived_returns", "returns_archive");
        builder.OwnsMany(archived => archived.Attachments);
    }
}
