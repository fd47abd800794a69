namespace FitnessKit.Sql;

/// <summary>
/// Skips what may follow a table and its alias in a FROM list without naming a table: TABLESAMPLE (PostgreSQL),
/// USE/FORCE/IGNORE INDEX (MySQL), INDEXED BY and NOT INDEXED (SQLite), WITH (hints) (SQL Server).
/// </summary>
internal sealed class TokenTableHintReader(TokenStatementReader statement)
{
    private TokenCursor Cursor => statement.Cursor;

    /// <summary>Skips the hints that may follow a table and its alias.</summary>
    public void Skip()
    {
        while (true)
        {
            if (Cursor.Accept("TABLESAMPLE"))
            {
                Cursor.Advance();
                statement.Expressions.SkipParenthesized();
                if (Cursor.Accept("REPEATABLE"))
                {
                    statement.Expressions.SkipParenthesized();
                }
            }
            else if ((Cursor.At("USE") || Cursor.At("FORCE") || Cursor.At("IGNORE")) && (Cursor.Peek(1).Is("INDEX") || Cursor.Peek(1).Is("KEY")))
            {
                Cursor.Advance();
                Cursor.Advance();
                SkipIndexHintScope();
                statement.Expressions.SkipParenthesized();
            }
            else if (Cursor.Accept("INDEXED") || (Cursor.At("NOT") && Cursor.Peek(1).Is("INDEXED")))
            {
                SkipIndexedBy();
            }
            else if (Cursor.At("WITH") && Cursor.Peek(1).Kind == SqlTokenKind.LeftParen)
            {
                Cursor.Advance();
                statement.Expressions.SkipParenthesized();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipIndexHintScope()
    {
        if (Cursor.Accept("FOR"))
        {
            bool ordered = Cursor.Accept("ORDER") || Cursor.Accept("GROUP");
            Cursor.Expect(ordered ? "BY" : "JOIN", "in an index hint");
        }
    }

    private void SkipIndexedBy()
    {
        if (Cursor.Accept("NOT"))
        {
            Cursor.Advance();
            return;
        }

        Cursor.Expect("BY", "after INDEXED");
        statement.FromLists.ReadName("an index name");
    }
}
