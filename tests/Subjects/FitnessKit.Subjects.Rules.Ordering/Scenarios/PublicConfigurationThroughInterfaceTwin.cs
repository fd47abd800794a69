using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Rules.Ordering.PublicConfigurationThroughInterfaceTwin;

/// <summary>The same configuration, internal.</summary>
internal sealed class VoucherConfiguration : ITenantConfiguration<Voucher>
{
    public void Configure(EntityTypeBuilder<Voucher> builder) => builder.ToTable("vouchers");
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
