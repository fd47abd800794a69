using FitnessKit.Sql;

using FluentAssertions;

using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>Text of an unknown dialect: T-SQL first, then the dialect-neutral token reader.</summary>
public sealed class UnknownDialectAnalysisTests
{
    public sealed class Analyze
    {
        public static TheoryData<string, string, string> ReadByTSql => new()
        {
            { "ANSI select", "SELECT * FROM sales.Orders o JOIN crm.Customers c ON c.Id = o.CustomerId", "SELECT: R sales.Orders, R crm.Customers" },
            { "brackets and table hint", "SELECT * FROM [sales].[Orders] WITH (NOLOCK)", "SELECT: R \"sales\".\"Orders\"" },
            { "temp table", "SELECT * INTO #t FROM sales.Orders", "SELECT: R sales.Orders" },
        };

        public static TheoryData<string, string, string> ReadByTokens => new()
        {
            { "PostgreSQL cast and LIMIT", "SELECT * FROM sales.orders WHERE total::int > 1 LIMIT 10", "SELECT: R sales.orders" },
            { "backticks", "SELECT * FROM `orders` o JOIN customers c ON c.id = o.cid", "SELECT: R \"orders\", R customers" },
            { "ON CONFLICT", "INSERT INTO stock (sku) VALUES ($1) ON CONFLICT (sku) DO NOTHING", "INSERT: W stock" },
            { "dollar quotes", "SELECT $$FROM crm.customers$$ FROM sales.orders LIMIT 1", "SELECT: R sales.orders" },
        };

        [Theory]
        [MemberData(nameof(ReadByTSql))]
        public void Reads_T_SQL_with_ScriptDom(string scenario, string sql, string expected)
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, SqlDialect.Unknown);

            SqlAnalysisText.Describe(analysis).Should().Be(SqlAnalysisText.Canonical(expected), scenario);
            analysis.DialectUsed.Should().Be(SqlDialect.SqlServer);
        }

        [Theory]
        [MemberData(nameof(ReadByTokens))]
        public void Reads_what_T_SQL_rejects_with_the_token_reader(string scenario, string sql, string expected)
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze(sql, SqlDialect.Unknown);

            SqlAnalysisText.Describe(analysis).Should().Be(SqlAnalysisText.Canonical(expected), scenario);
            analysis.DialectUsed.Should().Be(SqlDialect.Unknown);
        }

        [Fact]
        public void Gives_the_T_SQL_problem_when_neither_reader_can_read_it()
        {
            SqlAnalysis analysis = SqlAnalyzer.Analyze("SELECT Id FORM orders LIMIT 1", SqlDialect.Unknown);

            analysis.Kind.Should().Be(SqlTextKind.Unparseable);
            analysis.DialectUsed.Should().Be(SqlDialect.SqlServer);
            analysis.Problem.Should().Be("line 1, column 16: expected WINDOW but encountered orders instead");
        }
    }
}
