using FitnessKit.Sql;

using FluentAssertions;

using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>A table's name as written: parts, quoting and holes.</summary>
public sealed class SqlObjectNameTests
{
    public sealed class FromParts
    {
        [Fact]
        public void Takes_the_last_part_as_the_name_and_the_one_before_as_the_schema()
        {
            SqlObjectName name = SqlObjectName.FromParts([new("srv", false), new("Shop", false), new("Sales", true), new("Orders", false)]);

            name.Should().Be(new SqlObjectName("Sales", "Orders", SchemaQuoted: true, NameQuoted: false, false, false, Database: "Shop"));
        }

        [Fact]
        public void Leaves_the_schema_out_when_it_is_not_written()
        {
            SqlObjectName name = SqlObjectName.FromParts([new("Orders", false)]);

            name.Should().Be(new SqlObjectName(null, "Orders", false, false, false, false));
        }

        [Fact]
        public void Counts_an_empty_schema_as_not_written()
        {
            SqlObjectName name = SqlObjectName.FromParts([new("Shop", false), new("", false), new("Orders", false)]);

            name.Should().Be(new SqlObjectName(null, "Orders", false, false, false, false, Database: "Shop"));
        }

        [Fact]
        public void Gives_no_text_for_a_hole_in_any_part()
        {
            SqlObjectName name = SqlObjectName.FromParts(
                [new(SqlAnalyzer.Hole(0), false), new($"x{SqlAnalyzer.Hole(1)}", false), new($"{SqlAnalyzer.Hole(2)}_v2", true)]);

            name.Should().Be(new SqlObjectName(null, null, SchemaQuoted: false, NameQuoted: true, SchemaIsHole: true, NameIsHole: true, Database: null));
        }
    }

    public sealed class ToStringMethod
    {
        [Theory]
        [InlineData("sales", "Orders", false, false, "sales.Orders")]
        [InlineData(null, "Orders", false, false, "Orders")]
        [InlineData("Sales", "Order Details", true, true, "\"Sales\".\"Order Details\"")]
        public void Joins_the_parts_with_dots_and_shows_quoted_parts_in_double_quotes(string? schema, string name, bool schemaQuoted, bool nameQuoted, string expected) =>
            new SqlObjectName(schema, name, schemaQuoted, nameQuoted, false, false).ToString().Should().Be(expected);

        [Fact]
        public void Shows_a_hole_as_a_question_mark() =>
            new SqlObjectName(null, "Orders", false, false, SchemaIsHole: true, NameIsHole: false).ToString().Should().Be("?.Orders");

        [Fact]
        public void Shows_a_database_without_schema_with_two_dots() =>
            new SqlObjectName(null, "Orders", false, false, false, false, Database: "Shop").ToString().Should().Be("Shop..Orders");
    }
}
