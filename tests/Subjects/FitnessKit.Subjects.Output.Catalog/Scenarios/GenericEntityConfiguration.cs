// Scenario: a generic entity configuration; its evidence names the interface with the type's own parameter,
// IEntityTypeConfiguration<TEntity>, never a metadata placeholder such as !0.
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FitnessKit.Subjects.Output.Catalog.Scenarios;

public abstract class AuditedConfiguration<TEntity> : IEntityTypeConfiguration<TEntity>
    where TEntity : class
{
    public virtual void Configure(EntityTypeBuilder<TEntity> builder) => builder.HasAnnotation("audited", true);
}
