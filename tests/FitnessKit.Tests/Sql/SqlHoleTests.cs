using FitnessKit.Sql;

using FluentAssertions;

using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>
/// Holes: the parts of a rebuilt SQL string its builder could not know. A hole is never reported as a table's name.
/// </summary>
public sealed class SqlHoleTests
{
    private static readonly string Schema = SqlAnalyzer.Hole(0);
    private static readonly string Value = SqlAnalyzer.Hole(1);

    public static TheoryData<string> Dialects => new() { "SqlServer", "PostgreSql", "Sqlite", "MySql", "Unknown" };

    public sealed class Hole
    {
        [Fact]
        public void Is_a_numbered_identifier_that_real_SQL_does_not_use()
        {
            SqlAnalyzer.Hole(0).Should().Be("__fk_hole_0__");
            SqlAnalyzer.Hole(12).Should().Be("__fk_hole_12__");
        }

        [Fact]
        public void Has_no_negative_numbers() =>
            FluentActions.Invoking(() => SqlAnalyzer.Hole(-1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    public sealed class Analyze
    {
        [Theory]
        [MemberData(nameof(Dialects), MemberType = typeof(SqlHoleTests))]
        public void Reports_a_hole_in_the_schema_position_as_a_schema_hole(string dialect)
        {
            SqlAnalysis analysis = Read($"SELECT * FROM {Schema}.Orders WHERE Id = {Value}", dialect);

            analysis.TableUses.Should().ContainSingle().Which.Table.Should().Be(
                new SqlObjectName(null, "Orders", SchemaQuoted: false, NameQuoted: false, SchemaIsHole: true, NameIsHole: false));
        }

        [Theory]
        [MemberData(nameof(Dialects), MemberType = typeof(SqlHoleTests))]
        public void Reports_a_hole_in_the_name_position_as_a_name_hole(string dialect)
        {
            SqlAnalysis analysis = Read($"DELETE FROM sales.{Schema} WHERE Id = {Value}", dialect);

            analysis.TableUses.Should().ContainSingle().Which.Should().Be(new SqlTableUse(
                new SqlObjectName("sales", null, SchemaQuoted: false, NameQuoted: false, SchemaIsHole: false, NameIsHole: true),
                TableAccess.Write));
        }

        [Theory]
        [MemberData(nameof(Dialects), MemberType = typeof(SqlHoleTests))]
        public void Reports_a_hole_glued_to_a_name_as_a_name_hole(string dialect)
        {
            SqlAnalysis analysis = Read($"SELECT * FROM {Schema}Orders o JOIN crm.Customers c ON c.Id = o.CustomerId", dialect);

            SqlAnalysisText.Describe(analysis).Should().Be("SELECT: R ?, R crm.Customers");
            analysis.TableUses.First().Table.Should().Match<SqlObjectName>(t => t.NameIsHole && t.Name == null && t.Schema == null);
        }

        [Theory]
        [MemberData(nameof(Dialects), MemberType = typeof(SqlHoleTests))]
        public void Reads_a_hole_in_a_value_position_as_an_expression(string dialect)
        {
            SqlAnalysis analysis = Read($"UPDATE sales.Orders SET Status = {Value} WHERE Id IN ({SqlAnalyzer.Hole(2)}) AND Note = '{SqlAnalyzer.Hole(3)}'", dialect);

            SqlAnalysisText.Describe(analysis).Should().Be("UPDATE: W sales.Orders");
        }

        [Fact]
        public void Keeps_the_quoting_of_a_quoted_hole()
        {
            SqlAnalysis analysis = Read($"SELECT * FROM [{Schema}].[Orders]", "SqlServer");

            analysis.TableUses.Should().ContainSingle().Which.Table.Should().Be(
                new SqlObjectName(null, "Orders", SchemaQuoted: true, NameQuoted: true, SchemaIsHole: true, NameIsHole: false));
        }

        [Fact]
        public void Keeps_the_database_of_a_three_part_name_with_a_schema_hole()
        {
            SqlAnalysis analysis = Read($"SELECT * FROM Shop.{Schema}.Orders", "PostgreSql");

            analysis.TableUses.Should().ContainSingle().Which.Table.Should().Be(
                new SqlObjectName(null, "Orders", false, false, SchemaIsHole: true, NameIsHole: false, Database: "Shop"));
        }

        private static SqlAnalysis Read(string sql, string dialect)
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, Enum.Parse<SqlDialect>(dialect));
            analysis.Kind.Should().Be(SqlTextKind.Sql, analysis.Problem);
            return analysis;
        }
    }
}
