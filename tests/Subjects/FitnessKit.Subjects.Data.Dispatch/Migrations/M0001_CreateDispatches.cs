using FluentMigrator;

namespace FitnessKit.Subjects.Data.Dispatch.Migrations;

/// <summary>Compliant: Dispatch creates its own tables in its own schema, one of them with a key to the other.</summary>
[Migration(1)]
public sealed class M0001_CreateDispatches : Migration
{
    public override void Up()
    {
        Create.Schema("dispatch");
        Create.Table("Dispatches").InSchema("dispatch")
            .WithColumn("Id").AsGuid().PrimaryKey()
            .WithColumn("CarrierCode").AsString(20).NotNullable();
        Create.Table("DispatchNotes").InSchema("dispatch")
            .WithColumn("Id").AsGuid().PrimaryKey()
            .WithColumn("DispatchId").AsGuid().ForeignKey("FK_DispatchNotes_Dispatches", "dispatch", "Dispatches", "Id")
            .WithColumn("Text").AsString(400);
    }

    public override void Down()
    {
        Delete.Table("DispatchNotes").InSchema("dispatch");
        Delete.Table("Dispatches").InSchema("dispatch");
    }
}
