using FitnessKit.Sql;

using FluentAssertions;

using Xunit;

namespace FitnessKit.Tests.Sql;

/// <summary>The tokenizer the PostgreSQL, SQLite and MySQL readers (and the shape test) stand on.</summary>
public sealed class SqlTokenizerTests
{
    public sealed class Tokenize
    {
        public static TheoryData<string, string, string> Tokens => new()
        {
            { "PostgreSql", "a \"b\"\"c\" 'd''e'", "Word a | QuotedIdentifier b\"c | String 'd''e'" },
            { "PostgreSql", "E'x\\'y' $$a'b$$ $t$ $$ $t$", "String E'x\\'y' | String $$a'b$$ | String $t$ $$ $t$" },
            { "PostgreSql", "x::int $1 :name @p ? ?2", "Word x | Operator :: | Word int | Parameter $1 | Parameter :name | Parameter @p | Parameter ? | Parameter ?2" },
            { "PostgreSql", "a /* b /* c */ d */ e -- f\ng", "Word a | Word e | Word g" },
            { "PostgreSql", "[a]", "Operator [ | Word a | Operator ]" },
            { "Sqlite", "[a]]b] `c``d` /* x /* y */ z", "QuotedIdentifier a]b | QuotedIdentifier c`d | Word z" },
            { "MySql", "'a\\'b' # comment\n`c`", "String 'a\\'b' | QuotedIdentifier c" },
            { "SqlServer", "#tmp ##global @v N'x' [a b]", "Word #tmp | Word ##global | Parameter @v | String N'x' | QuotedIdentifier a b" },
            { "Unknown", "t.c 1.5e3 .5 (x, y);", "Word t | Dot . | Word c | Number 1.5e3 | Number .5 | LeftParen ( | Word x | Comma , | Word y | RightParen ) | Semicolon ;" },
        };

        [Theory]
        [MemberData(nameof(Tokens))]
        public void Splits_text_into_tokens_by_the_dialects_quoting(string dialect, string text, string expected)
        {
            IReadOnlyList<SqlToken> tokens = SqlTokenizer.Tokenize(text, Enum.Parse<SqlDialect>(dialect));

            string.Join(" | ", tokens.SkipLast(1).Select(t => $"{t.Kind} {(t.Kind == SqlTokenKind.QuotedIdentifier ? t.Value : t.Text)}"))
                .Should().Be(expected);
            tokens[^1].Kind.Should().Be(SqlTokenKind.End);
        }

        [Fact]
        public void Gives_each_token_its_line_and_column()
        {
            IReadOnlyList<SqlToken> tokens = SqlTokenizer.Tokenize("SELECT\r\n  id\n\tFROM t", SqlDialect.PostgreSql);

            tokens.Select(t => (t.Text, t.Line, t.Column)).Should().Equal(
                ("SELECT", 1, 1), ("id", 2, 3), ("FROM", 3, 2), ("t", 3, 7), ("", 3, 8));
        }

        [Theory]
        [InlineData("SELECT 'abc", "line 1, column 8: unterminated string")]
        [InlineData("SELECT \"abc", "line 1, column 8: unterminated quoted identifier")]
        [InlineData("SELECT /* a /* b */", "line 1, column 8: unterminated comment")]
        [InlineData("SELECT $x$ abc", "line 1, column 8: unterminated dollar-quoted string")]
        public void Names_the_start_of_what_is_never_closed(string text, string problem) =>
            FluentActions.Invoking(() => SqlTokenizer.Tokenize(text, SqlDialect.PostgreSql))
                .Should().Throw<SqlSyntaxException>().WithMessage(problem);
    }
}
