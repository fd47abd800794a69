using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Rules.Ordering.PublicInheritedConfigurationTwin;

/// <summary>The same configurations, internal.</summary>
internal abstract class TimestampedConfiguration<TEntity> : IEntityTypeConfiguration<TEntity>
    where TEntity : class
{
    public virtual void Configure(EntityTypeBuilder<TEntity> builder) => builder.Property<DateTime>("UpdatedAt");
}

/// <summary>The configuration of refunds, internal.</summary>
internal sealed class RefundConfiguration : TimestampedConfiguration<Refund>
{
    public override void Configure(EntityTypeBuilder<Refund> builder)
    {
        base.Configure(builder);
        builder.ToTable("refunds");
    }
}

/// <summary>The entity it configures, internal.</summary>
internal sealed class Refund
{
    public Guid Id { get; set; }

    public decimal Amount { get; set; }
}
