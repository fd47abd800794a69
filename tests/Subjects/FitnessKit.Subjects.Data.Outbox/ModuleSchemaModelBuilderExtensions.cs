using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Outbox;

/// <summary>A building block that puts every entity type of a module's model in the module's schema, as modules call it last.</summary>
public static class ModuleSchemaModelBuilderExtensions
{
    public static ModelBuilder UseModuleSchema(this ModelBuilder modelBuilder, string schema)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            entityType.SetSchema(schema);
        }

        return modelBuilder;
    }
}
