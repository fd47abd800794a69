using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessKit.Subjects.Rules.Ordering.PublicMigrationTwin;

/// <summary>The same migration, internal: EF Core finds internal migrations as well.</summary>
[Migration("20250601120000_AddOrderNoteColumn")]
internal sealed class AddOrderNoteColumn : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "note", table: "draft_orders", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn(name: "note", table: "draft_orders");
}
