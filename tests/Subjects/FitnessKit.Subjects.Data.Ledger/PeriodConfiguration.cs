using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Ledger;

/// <summary>A configuration given a schema known only at run time: unset, EF Core keeps the model's default, ops.Periods.</summary>
internal sealed class PeriodConfiguration(string? schema) : IEntityTypeConfiguration<Period>
{
    public void Configure(EntityTypeBuilder<Period> builder) => builder.ToTable("Periods", schema);
}
