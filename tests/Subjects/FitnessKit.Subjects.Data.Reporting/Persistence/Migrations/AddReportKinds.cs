using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessKit.Subjects.Data.Reporting.Persistence.Migrations;

/// <summary>
/// Compliant twin of <see cref="AddReportSubscriptions"/> and <see cref="AddOrderReportedAt"/>: a table of kinds, its
/// rows, a column of Reporting's own runs and its foreign key to the kinds.
/// </summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261207121000_AddReportKinds")]
internal sealed class AddReportKinds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ReportKinds",
            schema: "reporting",
            columns: table => new { Id = table.Column<int>(nullable: false), Name = table.Column<string>(nullable: false) },
            constraints: table => table.PrimaryKey("PK_ReportKinds", x => x.Id));
        migrationBuilder.InsertData(table: "ReportKinds", schema: "reporting", columns: ["Id", "Name"], values: new object[] { 1, "Daily" });
        migrationBuilder.AddColumn<int>(name: "KindId", schema: "reporting", table: "ReportRuns", nullable: true);
        migrationBuilder.AddForeignKey(
            name: "FK_ReportRuns_ReportKinds",
            schema: "reporting",
            table: "ReportRuns",
            column: "KindId",
            principalSchema: "reporting",
            principalTable: "ReportKinds",
            principalColumn: "Id");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropForeignKey(name: "FK_ReportRuns_ReportKinds", schema: "reporting", table: "ReportRuns");
        migrationBuilder.DropColumn(name: "KindId", schema: "reporting", table: "ReportRuns");
        migrationBuilder.DropTable(name: "ReportKinds", schema: "reporting");
    }
}
