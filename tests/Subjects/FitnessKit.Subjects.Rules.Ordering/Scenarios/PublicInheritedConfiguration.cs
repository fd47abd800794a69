using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Rules.Ordering.PublicInheritedConfiguration;

/// <summary>
/// FK003: an entity configuration that implements IEntityTypeConfiguration&lt;Refund&gt; only through its generic base
/// class, public because the derived configuration is; both are reported.
/// </summary>
public abstract class TimestampedConfiguration<TEntity> : IEntityTypeConfiguration<TEntity>
    where TEntity : class
{
    public virtual void Configure(EntityTypeBuilder<TEntity> builder) => builder.Property<DateTime>("UpdatedAt");
}

/// <summary>The configuration of refunds, public.</summary>
public sealed class RefundConfiguration : TimestampedConfiguration<Refund>
{
    public override void Configure(EntityTypeBuilder<Refund> builder)
    {
        base.Configure(builder);
        builder.ToTable("refunds");
    }
}

/// <summary>The entity it configures, public because the configuration names it: reported as a mapped entity.</summary>
public sealed class Refund
{
    public Guid Id { get; set; }

    public decimal Amount { get; set; }
}
