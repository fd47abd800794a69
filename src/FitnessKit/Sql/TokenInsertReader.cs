namespace FitnessKit.Sql;

/// <summary>
/// Reads INSERT and REPLACE for the token reader: the target (written), a column list, the source (VALUES, a
/// query, DEFAULT VALUES, MySQL's SET), PostgreSQL's and SQLite's ON CONFLICT, MySQL's ON DUPLICATE KEY UPDATE,
/// and RETURNING.
/// </summary>
internal sealed class TokenInsertReader(TokenStatementReader statement)
{
    private TokenCursor Cursor => statement.Cursor;

    private TokenExpressionReader Expressions => statement.Expressions;

    /// <summary>Reads the statement when it is an INSERT or REPLACE, and returns its kind; null otherwise.</summary>
    public string? TryRead()
    {
        SqlToken first = Cursor.Current;
        if (!first.Is("INSERT") && !first.Is("REPLACE"))
        {
            return null;
        }

        Cursor.Advance();
        if (Cursor.Accept("OR"))
        {
            Cursor.Advance();
        }

        Cursor.SkipAny("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE");
        Cursor.Accept("INTO");
        SqlObjectName target = SqlObjectName.FromParts(statement.FromLists.ReadName("a table name after INTO"));
        statement.Uses.Add(target, TableAccess.Write);
        if (Cursor.Accept("AS"))
        {
            Cursor.Advance();
        }

        if (Cursor.Accept("PARTITION")
            || (Cursor.At(SqlTokenKind.LeftParen) && !TokenExpressionReader.StartsQuery(Cursor.Peek(1), Cursor.Peek(2))))
        {
            Expressions.SkipParenthesized();
        }

        if (Cursor.Accept("OVERRIDING"))
        {
            Cursor.Advance();
            Cursor.Expect("VALUE", "after OVERRIDING SYSTEM or USER");
        }

        ReadSource();
        if (Cursor.At("AS"))
        {
            statement.FromLists.ReadAlias();
        }

        ReadUpsert();
        statement.Modifications.ReadReturningAndLimits();
        return first.Text.ToUpperInvariant();
    }

    /// <summary>Reads what an INSERT inserts: DEFAULT VALUES, VALUES rows, SET assignments or a query.</summary>
    public void ReadSource()
    {
        if (Cursor.Accept("DEFAULT"))
        {
            Cursor.Expect("VALUES", "after DEFAULT");
        }
        else if (Cursor.At("VALUES") || Cursor.At("VALUE"))
        {
            statement.Queries.ReadValues();
        }
        else if (Cursor.Accept("SET"))
        {
            Expressions.SkipAssignments();
        }
        else if (Cursor.At("SELECT") || Cursor.At("WITH") || Cursor.At("TABLE") || Cursor.At(SqlTokenKind.LeftParen))
        {
            statement.Queries.ReadQuery();
        }
        else
        {
            throw Cursor.Error($"expected VALUES or SELECT after the INSERT target but found {Cursor.Current.Describe()}");
        }
    }

    private void ReadUpsert()
    {
        if (Cursor.At("ON") && Cursor.Peek(1).Is("CONFLICT"))
        {
            Cursor.Advance();
            Cursor.Advance();
            if (Cursor.At(SqlTokenKind.LeftParen))
            {
                Expressions.SkipParenthesized();
            }
            else if (Cursor.Accept("ON"))
            {
                Cursor.Expect("CONSTRAINT", "after ON CONFLICT ON");
                Cursor.Advance();
            }

            Expressions.SkipWhere();
            Cursor.Expect("DO", "in ON CONFLICT");
            if (!Cursor.Accept("NOTHING"))
            {
                Cursor.Expect("UPDATE", "after ON CONFLICT DO");
                Cursor.Expect("SET", "after DO UPDATE");
                Expressions.SkipAssignments();
                Expressions.SkipWhere();
            }
        }
        else if (Cursor.At("ON") && Cursor.Peek(1).Is("DUPLICATE"))
        {
            Cursor.Advance();
            Cursor.Advance();
            Cursor.Expect("KEY", "after ON DUPLICATE");
            Cursor.Expect("UPDATE", "after ON DUPLICATE KEY");
            Expressions.SkipAssignments();
        }
    }
}
