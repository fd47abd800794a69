using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessKit.Subjects.Data.Reporting.Persistence.Migrations;

/// <summary>
/// Planted: a table of Reporting's own whose foreign key references Support's customers (FK004, and FK005 for the
/// operation over both contexts' tables), with no SQL text: EF Core's operations name the tables.
/// </summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261207120000_AddReportSubscriptions")]
internal sealed class AddReportSubscriptions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReportSubscriptions",
            schema: "reporting",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                CustomerId = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReportSubscriptions", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReportSubscriptions_Customers",
                    column: x => x.CustomerId,
                    principalSchema: "support",
                    principalTable: "Customers",
                    principalColumn: "Id");
            });
        migrationBuilder.CreateIndex(name: "IX_ReportSubscriptions_CustomerId", schema: "reporting", table: "ReportSubscriptions", column: "CustomerId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "ReportSubscriptions", schema: "reporting");
}
