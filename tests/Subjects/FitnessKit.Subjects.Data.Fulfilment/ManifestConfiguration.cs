using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>Brings <see cref="Manifest"/> into the model, as a document of the hierarchy <see cref="DocumentConfiguration"/> maps.</summary>
internal sealed class ManifestConfiguration : IEntityTypeConfiguration<Manifest>
{
    public void Configure(EntityTypeBuilder<Manifest> builder) => builder.Property(manifest => manifest.Pages).IsRequired();
}
