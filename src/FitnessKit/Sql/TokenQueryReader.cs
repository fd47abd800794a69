using System.Collections.Frozen;

namespace FitnessKit.Sql;

/// <summary>
/// Reads queries for the token reader: WITH lists, SELECT (select list, INTO, FROM, WHERE, GROUP BY, HAVING,
/// WINDOW), VALUES, TABLE, parenthesized queries, set operators, and ORDER BY / LIMIT / OFFSET / FETCH / FOR.
/// </summary>
internal sealed class TokenQueryReader(TokenStatementReader statement)
{
    private static readonly FrozenSet<string> SelectModifiers = new[]
    {
        "SQL_CALC_FOUND_ROWS", "HIGH_PRIORITY", "STRAIGHT_JOIN", "SQL_NO_CACHE", "SQL_CACHE", "SQL_SMALL_RESULT",
        "SQL_BIG_RESULT", "SQL_BUFFER_RESULT",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private TokenCursor Cursor => statement.Cursor;

    private TokenExpressionReader Expressions => statement.Expressions;

    /// <summary>Reads a query: an optional WITH list, terms joined by set operators, and the closing clauses.</summary>
    public void ReadQuery()
    {
        if (Cursor.At("WITH"))
        {
            statement.ReadWith(() =>
            {
                ReadQuery();
                return "SELECT";
            });
            return;
        }

        ReadTerm();
        while (AcceptSetOperator())
        {
            ReadTerm();
        }

        ReadClosingClauses();
    }

    /// <summary>Reads a select list or a RETURNING list: expressions or <c>*</c>, separated by commas.</summary>
    public void ReadItems(string what)
    {
        if (Cursor.AtStatementEnd || Cursor.At(SqlTokenKind.RightParen) || Cursor.Current.IsAny(SqlKeywords.ExpressionStops))
        {
            throw Cursor.Error($"expected {what} but found {Cursor.Current.Describe()}");
        }

        do
        {
            if (Cursor.Current is { Kind: SqlTokenKind.Operator, Text: "*" })
            {
                Cursor.Advance();
            }
            else
            {
                Expressions.Skip();
            }
        }
        while (Cursor.Accept(SqlTokenKind.Comma));
    }

    /// <summary>Reads <c>VALUES (..), (..)</c>, the current token being VALUES (or VALUE).</summary>
    public void ReadValues()
    {
        Cursor.Advance();
        do
        {
            Cursor.Accept("ROW");
            if (!Cursor.At(SqlTokenKind.LeftParen))
            {
                throw Cursor.Error($"expected '(' to start a row of VALUES but found {Cursor.Current.Describe()}");
            }

            Expressions.SkipParenthesized();
        }
        while (Cursor.Accept(SqlTokenKind.Comma));
    }

    private void ReadTerm()
    {
        if (Cursor.At("SELECT"))
        {
            ReadSelect();
        }
        else if (Cursor.At("VALUES"))
        {
            ReadValues();
        }
        else if (Cursor.Accept("TABLE"))
        {
            statement.Uses.Add(SqlObjectName.FromParts(statement.FromLists.ReadName("a table name after TABLE")), TableAccess.Read);
        }
        else if (Cursor.At(SqlTokenKind.LeftParen))
        {
            SqlToken open = Cursor.Advance();
            ReadQuery();
            Expressions.ExpectClose(open);
        }
        else
        {
            throw Cursor.Error($"expected SELECT but found {Cursor.Current.Describe()}");
        }
    }

    private void ReadSelect()
    {
        Cursor.Advance();
        ReadSelectModifiers();
        ReadItems("a select list after SELECT");
        if (Cursor.At("INTO"))
        {
            ReadInto();
        }

        if (Cursor.Accept("FROM"))
        {
            statement.FromLists.ReadList();
        }

        while (true)
        {
            if (Cursor.Accept("WHERE") || Cursor.Accept("HAVING") || Cursor.Accept("QUALIFY"))
            {
                Expressions.Skip();
            }
            else if (Cursor.Accept("GROUP"))
            {
                Cursor.Expect("BY", "after GROUP");
                Expressions.SkipList();
            }
            else if (Cursor.Accept("WINDOW"))
            {
                Expressions.SkipList();
            }
            else
            {
                return;
            }
        }
    }

    private void ReadSelectModifiers()
    {
        while (true)
        {
            if (Cursor.Accept("DISTINCT"))
            {
                if (Cursor.At("ON") && Cursor.Peek(1).Kind == SqlTokenKind.LeftParen)
                {
                    Cursor.Advance();
                    Expressions.SkipParenthesized();
                }
            }
            else if (Cursor.Accept("TOP"))
            {
                ReadTop();
            }
            else if (Cursor.At("ALL") || Cursor.Current.IsAny(SelectModifiers))
            {
                Cursor.Advance();
            }
            else
            {
                return;
            }
        }
    }

    private void ReadTop()
    {
        if (Cursor.At(SqlTokenKind.LeftParen))
        {
            Expressions.SkipParenthesized();
        }
        else
        {
            Cursor.Advance();
        }

        Cursor.Accept("PERCENT");
        if (Cursor.At("WITH") && Cursor.Peek(1).Is("TIES"))
        {
            Cursor.Advance();
            Cursor.Advance();
        }
    }

    /// <summary>
    /// Reads SELECT's INTO: a new table is written (PostgreSQL, unless TEMP); variables (PL/pgSQL's, MySQL's) and files
    /// (MySQL) are not tables.
    /// </summary>
    private void ReadInto()
    {
        Cursor.Advance();
        if (statement.InPlPgSql)
        {
            Cursor.Accept("STRICT");
            Expressions.SkipList();
            return;
        }

        if (Cursor.At(SqlTokenKind.Parameter))
        {
            Expressions.SkipList();
            return;
        }

        if (Cursor.Accept("OUTFILE") || Cursor.Accept("DUMPFILE"))
        {
            Cursor.Expect(SqlTokenKind.String, "a file name");
            return;
        }

        bool temporary = Cursor.Accept("TEMP") || Cursor.Accept("TEMPORARY");
        Cursor.Accept("UNLOGGED");
        Cursor.Accept("TABLE");
        SqlObjectName table = SqlObjectName.FromParts(statement.FromLists.ReadName("a table name after INTO"));
        if (!temporary)
        {
            statement.Uses.Add(table, TableAccess.Write);
        }
    }

    private bool AcceptSetOperator()
    {
        if (!Cursor.Accept("UNION") && !Cursor.Accept("INTERSECT") && !Cursor.Accept("EXCEPT") && !Cursor.Accept("MINUS"))
        {
            return false;
        }

        _ = Cursor.Accept("ALL") || Cursor.Accept("DISTINCT");
        return true;
    }

    private void ReadClosingClauses()
    {
        while (true)
        {
            if (Cursor.Accept("ORDER"))
            {
                Cursor.Expect("BY", "after ORDER");
                Expressions.SkipList();
            }
            else if (Cursor.Accept("LIMIT"))
            {
                if (!Cursor.Accept("ALL"))
                {
                    Expressions.SkipList();
                }
            }
            else if (Cursor.Accept("OFFSET") || Cursor.Accept("FETCH") || Cursor.Accept("LOCK"))
            {
                Expressions.Skip();
            }
            else if (Cursor.Accept("FOR"))
            {
                Expressions.SkipList();
            }
            else if (Cursor.At("INTO"))
            {
                ReadInto();
            }
            else if (Cursor.At("OPTION") && Cursor.Peek(1).Kind == SqlTokenKind.LeftParen)
            {
                Cursor.Advance();
                Expressions.SkipParenthesized();
            }
            else
            {
                return;
            }
        }
    }
}
