using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// SQL found in compiled code, one scenario per file of the Reporting and Worker subjects: each call that sends SQL is
/// found with its tables, dialect and line, however the SQL string was built; prose stays silent; SQL that does not
/// parse, or is built where it cannot be read, is reported with its location.
/// </summary>
public sealed class SqlScenarioTests
{
    public static TheoryData<string> Scenarios() => new(SqlScenarioExpectations.All.Select(Key));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Finds_each_scenarios_sql_with_its_tables_dialect_and_line(string key)
    {
        var expected = SqlScenarioExpectations.All.Single(e => Key(e) == key);
        var statements = DataSubjects.Tables.Statements.Where(s => s.SourceType.FullName == expected.Type && s.SourceMember == expected.Member).ToList();
        var problems = DataSubjects.Tables.Problems.Where(p => p.SourceType.FullName == expected.Type && p.SourceMember == expected.Member).ToList();

        switch (expected.Outcome)
        {
            case "Sql":
                statements.Should().NotBeEmpty("the SQL of {0}.{1} is sent at line {2}", expected.Type, expected.Member, expected.Line);
                problems.Should().BeEmpty();
                var tables = statements.SelectMany(s => s.Tables).ToList();
                tables.Where(t => t.Access == TableAccessKind.Read).Select(t => t.Table.ToString()).Should().BeEquivalentTo(expected.Reads);
                tables.Where(t => t.Access == TableAccessKind.Write).Select(t => t.Table.ToString()).Should().BeEquivalentTo(expected.Writes);
                statements.Should().OnlyContain(s => s.Dialect.ToString() == expected.Dialect);
                statements.Select(s => s.Location!.Line).Should().AllBeEquivalentTo(expected.Line);
                break;
            case "Unparseable":
            case "NotRead":
                statements.Should().BeEmpty();
                problems.Should().ContainSingle().Which.Location!.Line.Should().Be(expected.Line);
                break;
            default:
                statements.Should().BeEmpty("prose is not SQL");
                problems.Should().BeEmpty("prose is not SQL");
                break;
        }
    }

    [Fact]
    public void Never_takes_a_hole_for_a_table_name()
    {
        DataSubjects.Tables.Statements.SelectMany(s => s.Tables).Should().NotContain(t => t.Table.Name.Contains("__fk_hole", StringComparison.Ordinal) || (t.Table.Schema ?? string.Empty).Contains("__fk_hole", StringComparison.Ordinal));
    }

    private static string Key(SqlScenarioExpectation expectation) => $"{expectation.Type[(expectation.Type.LastIndexOf('.') + 1)..]}.{expectation.Member}";
}
