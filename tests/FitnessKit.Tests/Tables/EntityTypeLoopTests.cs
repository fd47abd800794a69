using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// Schemas set on the model's entity types in <c>OnModelCreating</c> (Dispatch's <c>AuditDbContext</c>): in a loop over
/// <c>GetEntityTypes()</c>, and on one entity type found by <c>FindEntityType(typeof(T))</c>; the tables are held to EF
/// Core's model by StaticModelAgreesWithEfCoreTests, and here their evidence and the note on what is not read.
/// </summary>
public sealed class EntityTypeLoopTests
{
    private const string Persistence = DataSubjects.Prefix + ".Dispatch.Persistence.";
    private const string Where = Persistence + "AuditDbContext.OnModelCreating";

    [Fact]
    public void Says_a_schema_came_from_a_loop_over_every_entity_type()
    {
        var entries = Mapping("AuditEntryRow");

        entries.Table.ToString().Should().Be("dispatch_audit.AuditEntries");
        entries.Evidence.Should().EndWith($"; schema set on every entity type (SetSchema(\"dispatch_audit\") in {Where})");
        Mapping("AuditTag").Table.ToString().Should().Be("dispatch_audit.AuditTag", "the loop sets the schema of owned entity types too");
        DataSubjects.Tables.Find(entries.Table)!.Owner.Should().Be("Dispatch");
    }

    [Fact]
    public void Reads_the_loop_in_a_shared_building_block_with_the_schema_the_module_gives_it()
    {
        var archived = Mapping("ArchivedDispatchRow", "DispatchArchiveDbContext");

        archived.Table.ToString().Should().Be("dispatch_archive.ArchivedDispatches");
        archived.Evidence.Should().EndWith("; schema set on every entity type (SetSchema(\"dispatch_archive\") in FitnessKit.Subjects.Data.Outbox.ModuleSchemaModelBuilderExtensions.UseModuleSchema)");
    }

    [Fact]
    public void Says_a_schema_set_on_one_entity_type_after_the_loop_wins()
    {
        var notes = Mapping("DispatchNoteRow");

        notes.Table.ToString().Should().Be("dispatch_notes.DispatchNotes");
        notes.Evidence.Should().Be($"SetSchema(\"dispatch_notes\") on FindEntityType(typeof({Persistence}DispatchNoteRow)) in {Where}");
    }

    [Fact]
    public void Notes_a_name_the_loop_computes_at_run_time()
    {
        DataSubjects.Tables.Notes.Should().Contain(
            $"{Persistence}AuditDbContext: SetTableName in {Where} sets every entity type's table name to a value computed at run time, so the table names read are those the mappings give.");
    }

    private static TableMapping Mapping(string entity, string dbContext = "AuditDbContext") =>
        DataSubjects.Tables.Mappings.Single(m => m.DbContext.FullName == Persistence + dbContext && m.Entity.Name == entity);
}
