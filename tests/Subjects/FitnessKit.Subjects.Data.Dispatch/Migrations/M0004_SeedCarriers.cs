using FluentMigrator;

namespace FitnessKit.Subjects.Data.Dispatch.Migrations;

/// <summary>Compliant: a table of carriers, its rows, an index, and SQL of the migration's own over Dispatch's tables.</summary>
[Migration(4)]
public sealed class M0004_SeedCarriers : Migration
{
    public override void Up()
    {
        Create.Table("Carriers").InSchema("dispatch")
            .WithColumn("Code").AsString(20).PrimaryKey()
            .WithColumn("Name").AsString(100);
        Insert.IntoTable("Carriers").InSchema("dispatch").Row(new { Code = "DHL", Name = "DHL Express" });
        Create.Index("IX_Dispatches_CarrierCode").OnTable("Dispatches").InSchema("dispatch").OnColumn("CarrierCode");
        Execute.Sql("UPDATE dispatch.Dispatches SET CarrierCode = UPPER(CarrierCode)");
    }

    public override void Down() => Delete.Table("Carriers").InSchema("dispatch");
}
