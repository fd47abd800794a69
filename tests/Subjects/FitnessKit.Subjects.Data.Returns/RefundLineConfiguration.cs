using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Returns;

/// <summary>ReturnsDbContext's configuration of refund lines, which the archive's context filters out by its namespace.</summary>
internal sealed class RefundLineConfiguration : IEntityTypeConfiguration<RefundLine>
{
    public void Configure(EntityTypeBuilder<RefundLine> builder) => builder.HasKey(line => line.Id);
}
