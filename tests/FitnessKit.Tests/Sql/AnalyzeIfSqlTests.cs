using FitnessKit.Sql;

using FluentAssertions;

using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>
/// A string constant found anywhere is SQL only by its shape: prose that starts with "Select" or "Delete" is not.
/// </summary>
public sealed class AnalyzeIfSqlTests
{
    private static readonly string[] DialectNames = ["SqlServer", "PostgreSql", "Sqlite", "MySql", "Unknown"];

    private static readonly string[] ProseSentences =
    [
        "Select a product from the list",
        "Select a shipping option from the list",
        "Select a product from the list.",
        "Select everything from inventory",
        "Select products from catalog",
        "Select from the following options",
        "Select inner join type from the dropdown",
        "Select the delivery date from the calendar, then confirm.",
        "select which orders to delete from the list",
        "Deleted from cart",
        "Delete from cart",
        "delete from your account all saved cards",
        "Delete from history where you have been",
        "update your profile",
        "Update the settings to change where orders are shipped from",
        "Update settings set by the admin",
        "Insert into your order the items you want",
        "Insert into cart failed: product is out of stock",
        "Please select an item from your cart",
        "Join the team and select your plan from the options below",
        "Where did you update your address from?",
        "With this option selected, orders are shipped from the nearest warehouse",
        "Truncate table names longer than 30 characters",
        "Merge into the main branch",
    ];

    private static readonly string[] SqlConstants =
    [
        "SELECT Id FROM sales.Orders",
        "select * from orders where id = @id",
        "Select * from Orders",
        "SELECT Name FROM Customers",
        "delete from cart",
        "DELETE FROM cart WHERE Id = 1",
        "UPDATE sales.Orders SET Status = 2 WHERE Id = 5",
        "INSERT INTO audit.Log (Message) VALUES ('x')",
        "WITH x AS (SELECT * FROM sales.Orders) SELECT * FROM x",
        "TRUNCATE TABLE staging.Import",
        "  /* leading comment */ SELECT Id FROM sales.Orders",
    ];

    public static TheoryData<string, string> Prose => Cross(ProseSentences);

    public static TheoryData<string, string> Sql => Cross(SqlConstants);

    private static TheoryData<string, string> Cross(string[] texts)
    {
        var data = new TheoryData<string, string>();
        foreach (string dialect in DialectNames)
        {
            foreach (string text in texts)
            {
                data.Add(dialect, text);
            }
        }

        return data;
    }

    public sealed class AnalyzeIfSql
    {
        [Theory]
        [MemberData(nameof(Prose), MemberType = typeof(AnalyzeIfSqlTests))]
        public void Gives_NotSql_for_prose(string dialect, string text)
        {
            SqlAnalysis analysis = SqlAnalyzer.AnalyzeIfSql(text, Enum.Parse<SqlDialect>(dialect));

            analysis.Kind.Should().Be(SqlTextKind.NotSql);
            analysis.Statements.Should().BeEmpty();
        }

        [Theory]
        [MemberData(nameof(Sql), MemberType = typeof(AnalyzeIfSqlTests))]
        public void Gives_Sql_for_a_statement_that_names_a_table(string dialect, string text)
        {
            SqlAnalysis analysis = SqlAnalyzer.AnalyzeIfSql(text, Enum.Parse<SqlDialect>(dialect));

            analysis.Kind.Should().Be(SqlTextKind.Sql, analysis.Problem);
            analysis.TableUses.Should().NotBeEmpty();
        }

        [Fact]
        public void Gives_the_same_statements_as_Analyze_for_SQL()
        {
            const string text = "SELECT o.Id FROM sales.Orders o JOIN crm.Customers c ON c.Id = o.CustomerId";

            SqlAnalysis analysis = SqlAnalyzer.AnalyzeIfSql(text, SqlDialect.SqlServer);

            analysis.Should().BeEquivalentTo(SqlAnalyzer.Analyze(text, SqlDialect.SqlServer));
        }

        [Theory]
        [InlineData("SELECT FROM WHERE")]
        [InlineData("SELECT * FROM sales.Orders WHERE (Id = 1")]
        [InlineData("SELECT 'unterminated FROM sales.Orders")]
        public void Gives_NotSql_never_Unparseable_for_a_constant_that_does_not_parse(string text)
        {
            SqlAnalysis analysis = SqlAnalyzer.AnalyzeIfSql(text, SqlDialect.PostgreSql);

            analysis.Kind.Should().Be(SqlTextKind.NotSql);
            analysis.Problem.Should().StartWith("it does not ");
        }

        [Theory]
        [InlineData("SELECT 1")]
        [InlineData("SELECT @total")]
        [InlineData("SELECT 'Orders'")]
        public void Gives_NotSql_for_a_statement_without_a_table_or_FROM(string text) =>
            SqlAnalyzer.AnalyzeIfSql(text, SqlDialect.SqlServer).Problem.Should().Be("it names no table and has no FROM");

        [Fact]
        public void Gives_Sql_for_a_statement_with_a_FROM_but_no_table() =>
            SqlAnalyzer.AnalyzeIfSql("SELECT n FROM generate_series(1, 3) AS g(n)", SqlDialect.PostgreSql).Kind.Should().Be(SqlTextKind.Sql);

        [Theory]
        [InlineData("DELETE o FROM sales.Orders o")]
        [InlineData("EXEC sales.PlaceOrder")]
        [InlineData("Orders")]
        public void Gives_NotSql_for_text_that_does_not_start_like_a_statement(string text) =>
            SqlAnalyzer.AnalyzeIfSql(text, SqlDialect.SqlServer).Problem.Should().Contain("not with SELECT, INSERT INTO");

        [Theory]
        [InlineData("")]
        [InlineData(" \n ")]
        public void Gives_NotSql_for_empty_text(string text) =>
            SqlAnalyzer.AnalyzeIfSql(text, SqlDialect.PostgreSql).Should().BeEquivalentTo(
                new SqlAnalysis(SqlTextKind.NotSql, SqlDialect.PostgreSql, [], "the text is empty"));

        [Fact]
        public void Gives_NotSql_for_a_statement_in_a_comment() =>
            SqlAnalyzer.AnalyzeIfSql("-- SELECT Id FROM sales.Orders", SqlDialect.SqlServer).Problem.Should().Be("it holds only comments");

        [Fact]
        public void Says_which_English_word_is_not_a_name() =>
            SqlAnalyzer.AnalyzeIfSql("Select a product from the list", SqlDialect.SqlServer).Problem
                .Should().Be("'the' at line 1, column 23 is an English word, not a name");

        [Fact]
        public void Says_when_the_text_reads_like_a_sentence() =>
            SqlAnalyzer.AnalyzeIfSql("Select everything from inventory", SqlDialect.PostgreSql).Problem
                .Should().Be("it reads like a sentence that starts with 'Select'");

        [Fact]
        public void Takes_a_capitalized_statement_with_SQL_punctuation_as_SQL() =>
            SqlAnalyzer.AnalyzeIfSql("Select Name from Customers where Id = 3", SqlDialect.PostgreSql).Kind.Should().Be(SqlTextKind.Sql);
    }
}
