using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FitnessKit.Subjects.Data.Reporting.Persistence.Migrations;

/// <summary>
/// Planted: an EF Core migration of Reporting's whose own SQL creates a view over Sales' "Orders". The model maps no
/// such view; only the migration's <c>Sql</c> call shows that Reporting's database objects read Sales' table.
/// </summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261207090000_AddSalesByDayView")]
internal sealed class AddSalesByDayView : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("""
            CREATE VIEW reporting.v_sales_by_day AS
            SELECT date_trunc('day', o."Placed") AS day, sum(o."Total") AS total
            FROM sales."Orders" o
            GROUP BY 1
            """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("DROP VIEW reporting.v_sales_by_day");
}
