using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessKit.Subjects.Rules.Ordering.PublicMigration;

/// <summary>FK003: a public migration (the shape EF Core's tools generate), which publishes Ordering's schema history.</summary>
[Migration("20250601120000_AddOrderNoteColumn")]
public sealed class AddOrderNoteColumn : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "note", table: "draft_orders", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "note", table: "draft_orders");
}
