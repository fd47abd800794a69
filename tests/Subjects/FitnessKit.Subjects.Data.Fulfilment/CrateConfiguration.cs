using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A many-to-many by the navigation's name, not a lambda: HasMany("Seals").WithMany(), joined by convention in CrateSeal.</summary>
internal sealed class CrateConfiguration : IEntityTypeConfiguration<Crate>
{
    public void Configure(EntityTypeBuilder<Crate> builder) =>
        builder.HasMany("Seals").WithMany();
}
