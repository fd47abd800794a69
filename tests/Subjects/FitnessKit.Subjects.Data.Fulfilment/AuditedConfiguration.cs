using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// A generic base configuration, as teams write one for what every entity shares: it declares Configure, and hands the
/// builder to the derived configuration's override, where the table is named.
/// </summary>
/// <typeparam name="TEntity">The entity configured.</typeparam>
internal abstract class AuditedConfiguration<TEntity> : IEntityTypeConfiguration<TEntity>
    where TEntity : class
{
    public void Configure(EntityTypeBuilder<TEntity> builder)
    {
        builder.Property<DateTime>("RecordedAt");
        ConfigureEntity(builder);
    }

    protected abstract void ConfigureEntity(EntityTypeBuilder<TEntity> builder);
}
