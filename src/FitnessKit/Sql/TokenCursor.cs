namespace FitnessKit.Sql;

/// <summary>A position in a token list, with the look-ahead and expectations the token readers share.</summary>
internal sealed class TokenCursor(IReadOnlyList<SqlToken> tokens)
{
    /// <summary>The index of the current token; set it back to retry a reading.</summary>
    public int Position { get; set; }

    /// <summary>The current token; at the end, the End token.</summary>
    public SqlToken Current => Peek(0);

    /// <summary>Whether the current token ends a statement: a semicolon or the end of the text.</summary>
    public bool AtStatementEnd => Current.Kind is SqlTokenKind.Semicolon or SqlTokenKind.End;

    /// <summary>The token <paramref name="ahead"/> places after (or, when negative, before) the current one.</summary>
    public SqlToken Peek(int ahead) => tokens[Math.Clamp(Position + ahead, 0, tokens.Count - 1)];

    /// <summary>Whether the current token is the bare word <paramref name="keyword"/>.</summary>
    public bool At(string keyword) => Current.Is(keyword);

    /// <summary>Whether the current token is of <paramref name="kind"/>.</summary>
    public bool At(SqlTokenKind kind) => Current.Kind == kind;

    /// <summary>Moves past the current token and returns it.</summary>
    public SqlToken Advance()
    {
        SqlToken token = Current;
        if (token.Kind != SqlTokenKind.End)
        {
            Position++;
        }

        return token;
    }

    /// <summary>Moves past the current token when it is the bare word <paramref name="keyword"/>.</summary>
    public bool Accept(string keyword)
    {
        if (!At(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Moves past the current token when it is of <paramref name="kind"/>.</summary>
    public bool Accept(SqlTokenKind kind)
    {
        if (!At(kind))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Moves past any run of the bare words <paramref name="keywords"/>, in any order.</summary>
    public void SkipAny(params string[] keywords)
    {
        while (Array.Exists(keywords, At))
        {
            Advance();
        }
    }

    /// <summary>Moves past the bare word <paramref name="keyword"/>, or fails naming what was expected where.</summary>
    public void Expect(string keyword, string where)
    {
        if (!Accept(keyword))
        {
            throw Error($"expected {keyword} {where} but found {Current.Describe()}");
        }
    }

    /// <summary>Moves past a token of <paramref name="kind"/>, or fails naming it as <paramref name="what"/>.</summary>
    public SqlToken Expect(SqlTokenKind kind, string what)
    {
        if (!At(kind))
        {
            throw Error($"expected {what} but found {Current.Describe()}");
        }

        return Advance();
    }

    /// <summary>A syntax error at the current token.</summary>
    public SqlSyntaxException Error(string problem) => new(Current, problem);

    /// <summary>A syntax error saying the current token was not expected.</summary>
    public SqlSyntaxException Unexpected() => Error($"unexpected {Current.Describe()}");
}
