using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A derived type with a table of its own: the hierarchy of <see cref="Warehouse"/> is a table per type.</summary>
internal sealed class ColdStoreConfiguration : IEntityTypeConfiguration<ColdStore>
{
    public void Configure(EntityTypeBuilder<ColdStore> builder) => builder.ToTable("ColdStores");
}
