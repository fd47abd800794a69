namespace FitnessKit.Sql;

/// <summary>
/// Reads expressions loosely for the token reader: it does not build them, it only finds where they end and reads
/// every subquery inside them (IN, EXISTS, scalar subqueries, subqueries in function arguments).
/// </summary>
internal sealed class TokenExpressionReader(TokenStatementReader statement)
{
    private TokenCursor Cursor => statement.Cursor;

    /// <summary>
    /// Skips one expression, reading the subqueries in it. It ends before a comma, a closing parenthesis, the end of
    /// the statement or a clause keyword outside parentheses. Three names in a row are no SQL and fail the reading.
    /// </summary>
    public void Skip()
    {
        int consumed = 0;
        int namesInARow = 0;
        while (!EndsExpression())
        {
            SqlToken token = Cursor.Current;
            if (token.Kind == SqlTokenKind.LeftParen)
            {
                SkipParenthesized();
            }
            else if (token.Is("CASE"))
            {
                SkipCase();
            }
            else
            {
                NoteRoutineCall();
                Cursor.Advance();
            }

            namesInARow = IsName(token) ? namesInARow + 1 : 0;
            if (namesInARow == 3)
            {
                throw new SqlSyntaxException(token, $"unexpected '{token.Text}'");
            }

            consumed++;
        }

        if (consumed == 0)
        {
            throw Cursor.Error($"expected an expression but found {Cursor.Current.Describe()}");
        }
    }

    /// <summary>Skips expressions separated by commas.</summary>
    public void SkipList()
    {
        do
        {
            Skip();
        }
        while (Cursor.Accept(SqlTokenKind.Comma));
    }

    /// <summary>Skips an optional WHERE clause.</summary>
    public void SkipWhere()
    {
        if (Cursor.Accept("WHERE"))
        {
            Skip();
        }
    }

    /// <summary>Skips assignments <c>col = expr, t.col = DEFAULT, (a, b) = (..)</c>; each needs its '='.</summary>
    public void SkipAssignments()
    {
        do
        {
            if (Cursor.At(SqlTokenKind.LeftParen))
            {
                SkipParenthesized();
            }
            else
            {
                statement.FromLists.ReadName("a column name");
            }

            if (Cursor.Current is not { Kind: SqlTokenKind.Operator, Text: "=" })
            {
                throw Cursor.Error($"expected '=' in an assignment but found {Cursor.Current.Describe()}");
            }

            Cursor.Advance();
            Skip();
        }
        while (Cursor.Accept(SqlTokenKind.Comma));
    }

    /// <summary>
    /// Skips a parenthesized group, the current token being its '('. A group that starts with a query is read as
    /// one; any other group is skipped to its matching ')', reading the subqueries nested in it.
    /// </summary>
    public void SkipParenthesized()
    {
        SqlToken open = Cursor.Expect(SqlTokenKind.LeftParen, "'('");
        if (StartsQuery(Cursor.Current, Cursor.Peek(1)))
        {
            statement.Queries.ReadQuery();
            ExpectClose(open);
            return;
        }

        while (!Cursor.At(SqlTokenKind.RightParen))
        {
            SqlToken token = Cursor.Current;
            if (token.Kind is SqlTokenKind.End or SqlTokenKind.Semicolon)
            {
                throw new SqlSyntaxException(open, "this '(' is never closed");
            }

            if (token.Kind == SqlTokenKind.LeftParen)
            {
                SkipParenthesized();
            }
            else if (token.Is("SELECT"))
            {
                statement.Queries.ReadQuery();
            }
            else
            {
                NoteRoutineCall();
                Cursor.Advance();
            }
        }

        Cursor.Advance();
    }

    /// <summary>Moves past the ')' that closes <paramref name="open"/>, or fails naming both.</summary>
    public void ExpectClose(SqlToken open)
    {
        if (!Cursor.Accept(SqlTokenKind.RightParen))
        {
            throw Cursor.Error(
                $"expected ')' to close the '(' at line {open.Line}, column {open.Column} but found {Cursor.Current.Describe()}");
        }
    }

    /// <summary>Whether a parenthesized group whose first tokens are these holds a query.</summary>
    public static bool StartsQuery(SqlToken first, SqlToken second) =>
        first.Is("SELECT")
        || (first.Is("VALUES") && (second.Kind == SqlTokenKind.LeftParen || second.Is("ROW")))
        || (first.Is("WITH") && (second.Is("RECURSIVE") || (second.IsNamePart && !second.Is("TIME"))));

    private void SkipCase()
    {
        SqlToken start = Cursor.Advance();
        while (!Cursor.Accept("END"))
        {
            SqlToken token = Cursor.Current;
            if (token.Kind is SqlTokenKind.End or SqlTokenKind.Semicolon or SqlTokenKind.RightParen)
            {
                throw new SqlSyntaxException(start, "this CASE has no END");
            }

            if (token.Kind == SqlTokenKind.LeftParen)
            {
                SkipParenthesized();
            }
            else if (token.Is("CASE"))
            {
                SkipCase();
            }
            else
            {
                NoteRoutineCall();
                Cursor.Advance();
            }
        }
    }

    /// <summary>
    /// Records a function of a schema called in an expression (<c>sales.total_of(o.id)</c>) as a routine of the code
    /// base's, called, when the current token starts its name. A name without a schema is a built-in (<c>count</c>,
    /// <c>coalesce</c>), and a qualified name after <c>::</c> is a type with its modifier, no call.
    /// </summary>
    private void NoteRoutineCall()
    {
        if (!Cursor.Current.IsNamePart || Cursor.Peek(-1).Kind == SqlTokenKind.Dot
            || Cursor.Peek(-1) is { Kind: SqlTokenKind.Operator, Text: "::" })
        {
            return;
        }

        int last = 0;
        while (Cursor.Peek(last + 1).Kind == SqlTokenKind.Dot && Cursor.Peek(last + 2).IsNamePart)
        {
            last += 2;
        }

        if (last == 0 || Cursor.Peek(last + 1).Kind != SqlTokenKind.LeftParen)
        {
            return;
        }

        var parts = new List<SqlNamePart>();
        for (int i = 0; i <= last; i += 2)
        {
            SqlToken part = Cursor.Peek(i);
            parts.Add(new SqlNamePart(part.Value, part.Kind == SqlTokenKind.QuotedIdentifier));
        }

        statement.Uses.Add(SqlObjectName.FromParts(parts), TableAccess.Execute);
    }

    private bool EndsExpression()
    {
        SqlToken token = Cursor.Current;
        if (token.Kind is SqlTokenKind.End or SqlTokenKind.Semicolon or SqlTokenKind.RightParen or SqlTokenKind.Comma)
        {
            return true;
        }

        if (!token.IsAny(SqlKeywords.ExpressionStops))
        {
            return statement.InPlPgSql && token.Is("LOOP");
        }

        bool isFunction = (token.Is("LEFT") || token.Is("RIGHT")) && Cursor.Peek(1).Kind == SqlTokenKind.LeftParen;
        bool isDistinctFrom = token.Is("FROM") && Cursor.Peek(-1).Is("DISTINCT")
            && (Cursor.Peek(-2).Is("IS") || Cursor.Peek(-2).Is("NOT"));
        bool isWithinGroup = token.Is("GROUP") && Cursor.Peek(-1).Is("WITHIN");
        return !isFunction && !isDistinctFrom && !isWithinGroup;
    }

    private static bool IsName(SqlToken token) =>
        token.Kind == SqlTokenKind.QuotedIdentifier
        || (token.Kind == SqlTokenKind.Word && !token.IsAny(SqlKeywords.ExpressionWords) && !token.IsAny(SqlKeywords.ExpressionStops));
}
