using FluentMigrator;

namespace FitnessKit.Subjects.Data.Dispatch.Migrations;

/// <summary>Planted: a column of Dispatch's table gets a foreign key to Sales' sales.Orders (FK004, FK005).</summary>
[Migration(2)]
public sealed class M0002_ReferenceSalesOrders : Migration
{
    public override void Up() =>
        Alter.Table("Dispatches").InSchema("dispatch")
            .AddColumn("OrderId").AsGuid().Nullable().ForeignKey("FK_Dispatches_Orders", "sales", "Orders", "Id");

    public override void Down() => Delete.ForeignKey("FK_Dispatches_Orders").OnTable("Dispatches").InSchema("dispatch");
}
