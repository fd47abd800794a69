using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A table per concrete type, said on the root: Waybills and Manifest, none for the abstract Document.</summary>
internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder) => builder.UseTpcMappingStrategy();
}
