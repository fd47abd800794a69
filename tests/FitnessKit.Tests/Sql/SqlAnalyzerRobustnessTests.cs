using FitnessKit.Sql;

using FluentAssertions;

using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>Any text gives an answer: the analyzer never throws, and hostile nesting is refused before it is parsed.</summary>
public sealed class SqlAnalyzerRobustnessTests
{
    public static TheoryData<string> Dialects => new() { "SqlServer", "PostgreSql", "Sqlite", "MySql", "Unknown" };

    public sealed class Analyze
    {
        [Theory]
        [MemberData(nameof(Dialects), MemberType = typeof(SqlAnalyzerRobustnessTests))]
        public void Reads_nesting_as_deep_as_the_limit(string dialect)
        {
            string sql = $"SELECT * FROM a.t WHERE x = {new string('(', SqlNestingGuard.MaxDepth)}1{new string(')', SqlNestingGuard.MaxDepth)}";

            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, Enum.Parse<SqlDialect>(dialect));

            SqlAnalysisText.Describe(analysis).Should().Be("SELECT: R a.t");
        }

        [Theory]
        [MemberData(nameof(Dialects), MemberType = typeof(SqlAnalyzerRobustnessTests))]
        public void Refuses_nesting_deeper_than_the_limit_naming_where(string dialect)
        {
            string sql = $"SELECT * FROM a.t WHERE x = {new string('(', 20_000)}1{new string(')', 20_000)}";

            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, Enum.Parse<SqlDialect>(dialect));

            analysis.Kind.Should().Be(SqlTextKind.Unparseable);
            analysis.Problem.Should().Be("line 1, column 129: parentheses and CASE nest deeper than 100 levels");
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \n\t ")]
        public void Gives_Unparseable_for_empty_text(string text) =>
            SqlAnalyzer.Analyze(text, SqlDialect.PostgreSql).Problem.Should().Be("the text is empty");

        [Theory]
        [MemberData(nameof(Dialects), MemberType = typeof(SqlAnalyzerRobustnessTests))]
        public void Never_throws_on_fragments_of_SQL(string dialect)
        {
            const string sql = "WITH x AS (SELECT * FROM [a].\"b\".`c` WHERE $1 = 'x' /* y */) UPDATE x SET a = (CASE WHEN 1 THEN 2 END) FROM y; MERGE INTO t USING s ON 1 = 1 WHEN MATCHED THEN DELETE;";
            var dialectValue = Enum.Parse<SqlDialect>(dialect);

            for (int length = 0; length <= sql.Length; length++)
            {
                string fragment = sql[..length];
                FluentActions.Invoking(() => SqlAnalyzer.Analyze(fragment, dialectValue)).Should().NotThrow(fragment);
                SqlAnalyzer.AnalyzeIfSql(fragment, dialectValue).Kind.Should().NotBe(SqlTextKind.Unparseable, fragment);
            }
        }
    }
}
