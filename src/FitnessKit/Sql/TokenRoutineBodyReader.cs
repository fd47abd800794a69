namespace FitnessKit.Sql;

/// <summary>
/// Reads the rest of <c>CREATE FUNCTION</c> or <c>CREATE PROCEDURE</c> for the token reader and, when the routine is
/// written in SQL or PL/pgSQL (<c>LANGUAGE sql</c>, <c>LANGUAGE plpgsql</c>), the statements of its body, a string
/// (<c>AS $$ ... $$</c> or <c>AS '...'</c>), each a statement of its own at its line. A body is read statement by
/// statement where a query or a modification starts (<c>PERFORM</c> as a query; PL/pgSQL's <c>SELECT .. INTO</c> fills
/// variables, no table); its control flow, assignments and dynamic SQL (<c>EXECUTE '..'</c>) name no table it reads.
/// </summary>
internal static class TokenRoutineBodyReader
{
    private static readonly HashSet<string> Starts = new(StringComparer.OrdinalIgnoreCase)
    {
        "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH", "PERFORM",
    };

    /// <summary>Moves to the end of the statement, reading the body of <paramref name="routine"/> on the way when it is SQL.</summary>
    public static void ReadToEnd(TokenStatementReader statement, SqlObjectName routine, string kind)
    {
        TokenCursor cursor = statement.Cursor;
        int start = cursor.Position;
        statement.SkipToStatementEnd();
        SqlToken? body = null;
        string? language = null;
        for (int ahead = start - cursor.Position; ahead < -1; ahead++)
        {
            SqlToken token = cursor.Peek(ahead);
            SqlToken next = cursor.Peek(ahead + 1);
            if (token.Is("AS") && next.Kind == SqlTokenKind.String)
            {
                body = next;
            }
            else if (token.Is("LANGUAGE"))
            {
                language = next.Value.Trim('\'');
            }
        }

        bool plpgsql = string.Equals(language, "plpgsql", StringComparison.OrdinalIgnoreCase);
        if (body is { } text && (plpgsql || string.Equals(language, "sql", StringComparison.OrdinalIgnoreCase)))
        {
            ReadBody(statement, text, plpgsql, routine, kind);
        }
    }

    private static void ReadBody(TokenStatementReader statement, SqlToken body, bool plpgsql, SqlObjectName routine, string kind)
    {
        var (text, tokens) = Tokens(body);
        var cursor = new TokenCursor(tokens);
        var reader = new TokenStatementReader(cursor) { Source = text };
        try
        {
            while (!cursor.At(SqlTokenKind.End))
            {
                SqlToken token = cursor.Current;
                int start = cursor.Position;
                if (token.IsAny(Starts) && !(token.Is("WITH") && !cursor.Peek(1).IsNamePart))
                {
                    reader.ReadOpened($"a query in the body of {routine}", $"{kind} {routine}", plpgsql);
                }

                if (cursor.Position == start)
                {
                    cursor.Advance();
                }
            }
        }
        catch (SqlSyntaxException problem)
        {
            throw new SqlSyntaxException(body, $"the body of {routine} does not read as SQL ({problem.Message})");
        }

        statement.Opened.AddRange(reader.Opened);
    }

    /// <summary>The body's text and its tokens, on the lines of the text that holds it; PL/pgSQL's <c>PERFORM</c> read as <c>SELECT</c>.</summary>
    private static (string Text, List<SqlToken> Tokens) Tokens(SqlToken body)
    {
        string text = body.Text;
        string inner;
        if (text.StartsWith('$'))
        {
            int tag = text.IndexOf('$', 1) + 1;
            inner = text[tag..^tag];
        }
        else
        {
            inner = text[(text.IndexOf('\'') + 1)..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        var tokens = new List<SqlToken>();
        foreach (SqlToken token in SqlTokenizer.Tokenize(inner, SqlDialect.PostgreSql))
        {
            SqlToken moved = token with { Line = token.Line + body.Line - 1 };
            tokens.Add(moved.Is("PERFORM") ? moved with { Text = "SELECT", Value = "SELECT" } : moved);
        }

        return (inner, tokens);
    }
}
