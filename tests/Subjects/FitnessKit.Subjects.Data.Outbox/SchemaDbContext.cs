using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Outbox;

/// <summary>A base DbContext whose derived contexts name their schema by overriding a property.</summary>
public abstract class SchemaDbContext : DbContext
{
    /// <summary>Gets the schema of the derived context's tables.</summary>
    protected abstract string Schema { get; }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.HasDefaultSchema(Schema);
}
