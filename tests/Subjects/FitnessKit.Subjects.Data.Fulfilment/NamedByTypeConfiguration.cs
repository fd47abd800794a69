using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>
/// A generic base configuration that names each entity's table after the entity's type, as teams write one to keep
/// table names in step with class names: <c>typeof(TEntity).Name</c>, read for each configuration that closes it.
/// </summary>
/// <typeparam name="TEntity">The entity configured.</typeparam>
internal abstract class NamedByTypeConfiguration<TEntity> : IEntityTypeConfiguration<TEntity>
    where TEntity : class
{
    public void Configure(EntityTypeBuilder<TEntity> builder)
    {
        builder.ToTable(typeof(TEntity).Name + "Log", "audit");
        builder.HasKey("Id");
    }
}
