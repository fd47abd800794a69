using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Rules.Ordering.PublicConfigurationThroughInterface;

/// <summary>
/// FK003: a public entity configuration that implements IEntityTypeConfiguration&lt;Voucher&gt; only through an interface of
/// its own that extends it; the interface and the entity stay internal.
/// </summary>
public sealed class VoucherConfiguration : ITenantConfiguration<Voucher>
{
    void IEntityTypeConfiguration<Voucher>.Configure(EntityTypeBuilder<Voucher> builder) => builder.ToTable("vouchers");
}

/// <summary>A configuration of a tenant's table: an entity configuration by its base interface.</summary>
internal interface ITenantConfiguration<TEntity> : IEntityTypeConfiguration<TEntity>
    where TEntity : class;

/// <summary>The entity it configures, internal.</summary>
internal sealed class Voucher
{
    public Guid Id { get; set; }

    public string Code { get; set; } = string.Empty;
}
