using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessKit.Subjects.Data.Reporting.Persistence.Migrations;

/// <summary>Compliant twin of <see cref="AddSalesByDayView"/>: the migration's view reads Reporting's own "ReportRuns".</summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261207091000_AddRunNamesView")]
internal sealed class AddRunNamesView : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("CREATE VIEW reporting.v_run_names AS SELECT DISTINCT r.\"Name\" FROM reporting.\"ReportRuns\" r");

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP VIEW reporting.v_run_names");
}
