using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Outbox;

/// <summary>
/// A module's base DbContext, as modular monoliths share one: each module passes its schema up
/// (<c>DispatchDbContext() : ModuleDbContext("dispatch")</c>), and the base makes it the model's default.
/// </summary>
public abstract class ModuleDbContext(string schema) : DbContext
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(schema);
        ConfigureModule(modelBuilder);
    }

    /// <summary>The module's own mappings, in its schema.</summary>
    protected abstract void ConfigureModule(ModelBuilder modelBuilder);
}
