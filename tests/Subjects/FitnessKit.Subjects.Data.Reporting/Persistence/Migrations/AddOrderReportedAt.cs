using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessKit.Subjects.Data.Reporting.Persistence.Migrations;

/// <summary>Planted: Reporting's migration adds a column to Sales' orders table, a change of another context's schema (FK004).</summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261207122000_AddOrderReportedAt")]
internal sealed class AddOrderReportedAt : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTimeOffset>(name: "ReportedAt", schema: "sales", table: "Orders", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn(name: "ReportedAt", schema: "sales", table: "Orders");
}
